/**
 * Term discovery core: {@link org.selaras.terms.CandidateExtractor} finds person names, titles,
 * organisations and places in Indonesian source text, {@link org.selaras.terms.NearVariants} tells spelling
 * variants apart from different terms. Candidates are compared with the glossary (covered exactly, as a near
 * variant, or not).
 *
 * <p>Pure Java (JDK only, plus the glossary records and {@code text.Chars}): no Quarkus, no JPA. Everything
 * here is immutable or keeps its state in locals, so it is thread-safe. The server side lives in
 * {@code terms.server}.
 */
package org.selaras.terms;
