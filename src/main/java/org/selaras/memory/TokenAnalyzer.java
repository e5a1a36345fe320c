package org.selaras.memory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * A Lucene analyzer that emits exactly the tokens of {@link MemoryTokenizer}, so the index
 * retrieves on the same tokens the fuzzy score compares.
 */
final class TokenAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new MemoryTokens());
    }

    private static final class MemoryTokens extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private List<Token> tokens = List.of();
        private int next;
        private int length;

        @Override
        public void reset() throws IOException {
            super.reset();
            String text = read(input);
            length = text.length();
            tokens = MemoryTokenizer.tokenize(text);
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next >= tokens.size()) {
                return false;
            }
            clearAttributes();
            Token t = tokens.get(next++);
            term.setEmpty().append(t.key());
            offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int end = correctOffset(length);
            offset.setOffset(end, end);
        }

        private static String read(Reader reader) throws IOException {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[1024];
            int n;
            while ((n = reader.read(buffer)) > 0) {
                sb.append(buffer, 0, n);
            }
            return sb.toString();
        }
    }
}
