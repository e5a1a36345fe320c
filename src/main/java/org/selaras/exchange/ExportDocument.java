package org.selaras.exchange;

/** A document as the export formats describe it. */
public record ExportDocument(long id, String name, String sourceLanguage, String targetLanguage) {
}
