/**
 * QA checks: one small class per check ({@link org.selaras.qa.QaCheck}), each carrying its own correct and
 * incorrect {@link org.selaras.qa.Example}s, run together by {@link org.selaras.qa.QaRunner}; findings are
 * {@link org.selaras.qa.Issue}s (the shape of {@code POST /api/qa/check}).
 *
 * <p>Pure Java, no framework imports; checks are immutable and thread-safe.
 */
package org.selaras.qa;
