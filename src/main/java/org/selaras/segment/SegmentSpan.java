package org.selaras.segment;

public record SegmentSpan(int paragraph, int start, int end, String text) {}
