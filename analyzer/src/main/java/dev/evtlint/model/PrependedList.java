package dev.evtlint.model;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An immutable list of one element followed by another immutable list, which it shares rather than
 * copies. Each statement of an installer's body is listed with the sites of every body on the way
 * out ({@link ExecutedStatement#sites()}): a copy of the outer sites per statement made a chain of N
 * installers N squared in time and memory. Walked from the front, element by element.
 */
final class PrependedList<T> extends AbstractList<T> {
    private final T first;
    private final List<T> rest;
    private final int size;

    private PrependedList(T first, List<T> rest) {
        this.first = Objects.requireNonNull(first);
        this.rest = rest;
        this.size = rest.size() + 1;
    }

    /** {@code first}, then the elements of {@code rest} (copied only when it is not immutable already). */
    static <T> List<T> of(T first, List<T> rest) {
        return new PrependedList<>(first, rest instanceof PrependedList<T> ? rest : List.copyOf(rest));
    }

    /** The list after the first element: the one given, not a copy. */
    List<T> rest() {
        return rest;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public T get(int index) {
        Objects.checkIndex(index, size);
        Iterator<T> elements = iterator();
        for (int i = 0; i < index; i++) {
            elements.next();
        }
        return elements.next();
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private List<T> remaining = PrependedList.this;
            private Iterator<T> plain;

            @Override
            public boolean hasNext() {
                return plain != null ? plain.hasNext() : !remaining.isEmpty();
            }

            @Override
            public T next() {
                if (plain == null && remaining instanceof PrependedList<T> prepended) {
                    remaining = prepended.rest;
                    return prepended.first;
                }
                if (plain == null) {
                    plain = remaining.iterator();
                }
                if (!plain.hasNext()) {
                    throw new NoSuchElementException();
                }
                return plain.next();
            }
        };
    }
}
