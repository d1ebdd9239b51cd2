package dev.evtlint.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * An immutable list of another immutable list followed by one element, which shares that list
 * rather than copies it: the mirror of {@link PrependedList}. Each statement of an installer's body
 * is listed with the conditions of every call on the way to it, outermost first
 * ({@link ExecutedStatement#conditions()}): a copy of the call's conditions per statement made a
 * chain of N installers, each called under an IF, N squared in time and memory. Its elements are
 * reached from the end, so each walk over them gathers them first (in a time and memory that grow
 * with its size, not with the depth of the thread's stack).
 */
final class AppendedList<T> extends AbstractList<T> {
    private final List<T> front;
    private final T last;
    private final int size;

    private AppendedList(List<T> front, T last) {
        this.front = front;
        this.last = Objects.requireNonNull(last);
        this.size = front.size() + 1;
    }

    /** The elements of {@code front} (copied only when it is not immutable already), then {@code last}. */
    static <T> List<T> of(List<T> front, T last) {
        return new AppendedList<>(front instanceof AppendedList<T> ? front : List.copyOf(front), last);
    }

    /** The list before the last element: the one given, not a copy. */
    List<T> front() {
        return front;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public T get(int index) {
        Objects.checkIndex(index, size);
        List<T> list = this;
        while (list instanceof AppendedList<T> appended && index < appended.size - 1) {
            list = appended.front;
        }
        return list instanceof AppendedList<T> appended ? appended.last : list.get(index);
    }

    @Override
    public Iterator<T> iterator() {
        List<T> appendedLastFirst = new ArrayList<>();
        List<T> list = this;
        while (list instanceof AppendedList<T> appended) {
            appendedLastFirst.add(appended.last);
            list = appended.front;
        }
        List<T> elements = new ArrayList<>(size);
        elements.addAll(list);
        for (int i = appendedLastFirst.size() - 1; i >= 0; i--) {
            elements.add(appendedLastFirst.get(i));
        }
        return Collections.unmodifiableList(elements).iterator();
    }
}
