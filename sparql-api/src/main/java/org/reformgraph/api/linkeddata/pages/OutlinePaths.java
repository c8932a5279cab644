package org.reformgraph.api.linkeddata.pages;

import java.util.Comparator;

/** Orders outline paths as a reader does: {@code 2.10} after {@code 2.9}, table rows {@code t2} before {@code t10}. */
final class OutlinePaths {
    static final Comparator<String> ORDER = OutlinePaths::compare;

    private OutlinePaths() {
    }

    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = comparePart(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int comparePart(String a, String b) {
        String da = a.replaceAll("\\D", "");
        String db = b.replaceAll("\\D", "");
        String pa = a.replaceAll("\\d", "");
        String pb = b.replaceAll("\\d", "");
        int c = pa.compareTo(pb);
        if (c != 0 || da.isEmpty() || db.isEmpty() || da.length() > 9 || db.length() > 9) {
            return c != 0 ? c : a.compareTo(b);
        }
        return Integer.compare(Integer.parseInt(da), Integer.parseInt(db));
    }
}
