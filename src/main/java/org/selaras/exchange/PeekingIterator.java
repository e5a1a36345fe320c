package org.selaras.exchange;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator of units that can look at the next one without taking it. */
final class PeekingIterator implements Iterator<ExportUnit> {
    private final Iterator<ExportUnit> in;
    private ExportUnit next;

    PeekingIterator(Iterator<ExportUnit> in) {
        this.in = in;
    }

    @Override
    public boolean hasNext() {
        return next != null || in.hasNext();
    }

    ExportUnit peek() {
        if (next == null) {
            next = in.next();
        }
        return next;
    }

    @Override
    public ExportUnit next() {
        if (next != null) {
            ExportUnit u = next;
            next = null;
            return u;
        }
        if (!in.hasNext()) {
            throw new NoSuchElementException();
        }
        return in.next();
    }
}
