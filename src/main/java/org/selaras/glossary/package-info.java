/**
 * Glossary core: entries as plain records ({@link org.selaras.glossary.GlossaryTerm}), the hand-written
 * Aho-Corasick {@link org.selaras.glossary.TermMatcher}, and the TBX and CSV/TSV formats
 * ({@link org.selaras.glossary.TbxFormat}, {@link org.selaras.glossary.TableFormat}).
 *
 * <p>Pure Java (JDK and StAX only): no Quarkus, no JPA. Entities, services and resources wrap this package;
 * it never imports them. Everything here is immutable or keeps its state in locals, so it is thread-safe.
 */
package org.selaras.glossary;
