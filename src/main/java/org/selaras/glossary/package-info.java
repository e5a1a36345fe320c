/**
 * Glossary core: entries as plain records ({@link org.selaras.glossary.GlossaryTerm}), the glossary as the
 * matchers see it ({@link org.selaras.glossary.Glossary}) and the hand-written Aho-Corasick
 * {@link org.selaras.glossary.TermMatcher}. The file formats live in {@code org.selaras.exchange}.
 *
 * <p>Pure Java (JDK only): no Quarkus, no JPA. Entities, services and resources wrap this package;
 * it never imports them. Everything here is immutable or keeps its state in locals, so it is thread-safe.
 */
package org.selaras.glossary;
