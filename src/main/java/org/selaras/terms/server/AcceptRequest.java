package org.selaras.terms.server;

/** Edits made while accepting a candidate; each may be null (the candidate's text, its suggested English, its kind). */
public record AcceptRequest(String source, String target, String kind, String note) {
}
