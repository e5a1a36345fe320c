package org.selaras.segment;

public record Span(int start, int end, String ruleId) {}
