package dev.evtlint.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * Lists of names in messages, capped: a message that lists every trigger of an event grows with
 * the project, and one per trigger makes the report quadratic (10,000 triggers made gigabytes of
 * text). The first {@link #SHOWN} names are listed, then how many more there are.
 */
public final class MessageLists {
    /** How many names a message lists before it only counts the rest. */
    public static final int SHOWN = 40;

    private MessageLists() {
    }

    /** Joins {@code names} with a comma, listing at most {@link #SHOWN}: {@code a, b, c and 9,960 more}. */
    public static Collector<String, ?, String> joining() {
        return joining(", ");
    }

    /** Joins {@code items} with {@code separator}, listing at most {@link #SHOWN}, then how many more. */
    public static Collector<String, ?, String> joining(String separator) {
        return new Capped(separator);
    }

    /** Keeps the first names and counts the others, so a long stream is never joined whole. */
    private static final class Capped implements Collector<String, Capped.Names, String> {
        private final String separator;

        Capped(String separator) {
            this.separator = separator;
        }

        private static final class Names {
            private final List<String> shown = new ArrayList<>();
            private long more;

            void add(String name) {
                if (shown.size() < SHOWN) {
                    shown.add(name);
                } else {
                    more++;
                }
            }
        }

        @Override
        public Supplier<Names> supplier() {
            return Names::new;
        }

        @Override
        public BiConsumer<Names, String> accumulator() {
            return Names::add;
        }

        @Override
        public BinaryOperator<Names> combiner() {
            return (left, right) -> {
                right.shown.forEach(left::add);
                left.more += right.more;
                return left;
            };
        }

        @Override
        public Function<Names, String> finisher() {
            return names -> {
                String shown = String.join(separator, names.shown);
                return names.more == 0 ? shown : shown + String.format(Locale.ROOT, " and %,d more", names.more);
            };
        }

        @Override
        public Set<Characteristics> characteristics() {
            return Set.of();
        }
    }
}
