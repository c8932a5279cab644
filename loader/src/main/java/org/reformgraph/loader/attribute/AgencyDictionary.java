package org.reformgraph.loader.attribute;

import java.util.ArrayList;
import java.util.List;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import org.reformgraph.loader.resolve.AgencyTypeScheme;

/**
 * The agency words HanLP segments with: every core name of the agency-type scheme, bare and with a level prefix
 * (市/区/省/县/州), a word of nature {@value #NATURE}, in a dictionary of its own (HanLP's global CustomDictionary is
 * left alone, and nothing is written to disk). The loader's attribution and the search index segment with the same
 * words, so 市发改委 is one word in both. Built once per process; read-only afterwards, so threads share it.
 */
public final class AgencyDictionary {
    public static final String NATURE = "nrg";
    private static final List<String> LEVEL_PREFIXES = List.of("市", "区", "省", "县", "州");

    private AgencyDictionary() {
    }

    public static DynamicCustomDictionary get() {
        return Holder.DICTIONARY;
    }

    private static final class Holder {
        static final DynamicCustomDictionary DICTIONARY = build(AgencyTypeScheme.get());
    }

    private static DynamicCustomDictionary build(AgencyTypeScheme scheme) {
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        List<String> names = new ArrayList<>(scheme.labelsLongestFirst());
        names.addAll(AgencyTypeScheme.mergedCoreNames());
        for (String label : names) {
            dictionary.insert(label, NATURE + " 1000");
            for (String prefix : LEVEL_PREFIXES) {
                dictionary.insert(prefix + label, NATURE + " 1000");
            }
        }
        return dictionary;
    }
}
