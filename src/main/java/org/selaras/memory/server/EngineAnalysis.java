package org.selaras.memory.server;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;

/**
 * The search engine's analyzer for {@link EngineLookup#KEYS}: the text is already our tokenizer's keys, so the
 * engine only splits at spaces (its own word rules would give other candidates than the embedded index).
 */
@SearchExtension
public class EngineAnalysis implements ElasticsearchAnalysisConfigurer {
    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(EngineLookup.KEYS_ANALYZER).custom().tokenizer("whitespace");
    }
}
