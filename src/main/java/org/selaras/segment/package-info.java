/**
 * Sentence segmentation: SRX 2.0 rules (bundled in {@code segmentation/selaras.srx}) and a fast engine.
 *
 * <p>Pure Java (JDK regex and StAX only), no framework imports. {@link org.selaras.segment.SrxDocument}
 * holds the parsed rules as immutable data; {@link org.selaras.segment.Segmenter} compiles the rules of one
 * language (with SRX {@code cascade}) into an immutable, thread-safe object whose calls keep all state in
 * locals (unlike Okapi's stateful {@code SRXSegmenter}; like OmegaT's and LanguageTool's segmenters).
 *
 * <p>SRX semantics followed: rules are tried in file order at each position, the first rule whose
 * {@code beforebreak} matches text ending there and whose {@code afterbreak} matches text starting there
 * decides (so {@code break="no"} exceptions are listed before the {@code break="yes"} rules they guard);
 * no matching rule means no break. The engine only tries rules at candidate positions: characters that can
 * end a break rule's {@code beforebreak} are derived from the patterns ({@link org.selaras.segment.RegexShape}),
 * the paragraph is scanned once for them, and beforebreak is checked as one anchored match of a
 * reversed pattern on a reversed view of the text. Patterns the analysis cannot handle use an exact but
 * slower fallback. Results are trimmed spans; the paragraph is rebuilt by
 * {@link org.selaras.segment.Segmenter#glue}.
 */
package org.selaras.segment;
