package dev.evtlint.parse;

import java.util.Map;

/**
 * Keywords looked up straight from the scanned text, folding ASCII letters to lower case as
 * PostgreSQL does (and as ANTLR's caseInsensitive does for the grammar's ASCII literals): no
 * lower-case String is made per identifier. Open addressing over the hash String.hashCode would
 * give the lower-cased word.
 */
final class KeywordTable {
    private final char[][] words;
    private final int[] types;
    private final int mask;
    private final int longest;

    KeywordTable(Map<String, Integer> typesByWord) {
        int capacity = Integer.highestOneBit(Math.max(typesByWord.size(), 1) * 4);
        words = new char[capacity][];
        types = new int[capacity];
        mask = capacity - 1;
        int longestWord = 0;
        for (Map.Entry<String, Integer> entry : typesByWord.entrySet()) {
            char[] word = entry.getKey().toCharArray();
            int slot = entry.getKey().hashCode() & mask;
            while (words[slot] != null) {
                slot = (slot + 1) & mask;
            }
            words[slot] = word;
            types[slot] = entry.getValue();
            longestWord = Math.max(longestWord, word.length);
        }
        longest = longestWord;
    }

    /** The keyword's token type for text[from, to), or -1 when the word is no keyword. */
    int typeOf(String text, int from, int to) {
        int length = to - from;
        if (length > longest) {
            return -1;
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + lowerAscii(text.charAt(i));
        }
        for (int slot = hash & mask; words[slot] != null; slot = (slot + 1) & mask) {
            if (sameWord(words[slot], text, from, length)) {
                return types[slot];
            }
        }
        return -1;
    }

    private static boolean sameWord(char[] word, String text, int from, int length) {
        if (word.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (word[i] != lowerAscii(text.charAt(from + i))) {
                return false;
            }
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
