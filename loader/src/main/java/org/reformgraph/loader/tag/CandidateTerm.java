package org.reformgraph.loader.tag;

/**
 * A quoted term that may name a reform but is in neither the curated scheme nor the not-reforms list.
 *
 * @param key   its {@link MatchKey} form, which identifies it across plans
 * @param label the term as first written
 * @param slug  an ASCII slug minted from its pinyin
 */
public record CandidateTerm(String key, String label, String slug) {
}
