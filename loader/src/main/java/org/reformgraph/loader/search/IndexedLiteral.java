package org.reformgraph.loader.search;

/** One literal to index: its subject, of which kind, in which graph and plan (null outside a plan graph). */
record IndexedLiteral(String subject, Kind kind, String predicate, String text, String lang, String graph, String plan) {
}
