package org.selaras.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

/**
 * Writes an aligned corpus to a stream, one unit at a time: nothing that grows with the corpus is
 * kept in memory. Units come grouped by document, in the order of {@code documents}, and in
 * segment order within a document. A writer does not close {@code out}.
 */
public interface CorpusWriter {

    void write(List<ExportDocument> documents, Iterator<ExportUnit> units, OutputStream out) throws IOException;
}
