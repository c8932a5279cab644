package org.reformgraph.loader.search;

import java.util.ArrayList;
import java.util.List;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import org.reformgraph.loader.resolve.AgencyTypeScheme;

/**
 * The agency words HanLP segments search text with, inserted as the loader's AgencySegmenter inserts them: every core
 * name of the agency-type scheme, bare and with a level prefix, in a dictionary of its own (HanLP's global
 * CustomDictionary is left alone and nothing is written to disk). So 市发改委 is one word in the index as in the loader.
 */
final class SearchDictionary {
    static final String AGENCY_NATURE = "nrg";
    private static final List<String> LEVEL_PREFIXES = List.of("市", "区", "省", "县", "州");

    private SearchDictionary() {
    }

    static DynamicCustomDictionary get() {
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
            dictionary.insert(label, AGENCY_NATURE + " 1000");
            for (String prefix : LEVEL_PREFIXES) {
                dictionary.insert(prefix + label, AGENCY_NATURE + " 1000");
            }
        }
        return dictionary;
    }
}
