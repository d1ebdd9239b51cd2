package dev.evtlint.groundtruth;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order a reader expects from names: runs of digits compare by value ({@code trg_2} before
 * {@code trg_10}), everything else alphabetically without regard to case.
 */
final class NaturalOrder implements Comparator<String> {
    static final NaturalOrder INSTANCE = new NaturalOrder();
    private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        Matcher left = CHUNK.matcher(a);
        Matcher right = CHUNK.matcher(b);
        while (left.find() && right.find()) {
            int c = compareChunks(left.group(), right.group());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static int compareChunks(String x, String y) {
        boolean xDigits = Character.isDigit(x.charAt(0));
        boolean yDigits = Character.isDigit(y.charAt(0));
        if (xDigits && yDigits) {
            return new BigInteger(x).compareTo(new BigInteger(y));
        }
        return x.compareToIgnoreCase(y);
    }
}
