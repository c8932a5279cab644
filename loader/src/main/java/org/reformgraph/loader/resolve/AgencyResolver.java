package org.reformgraph.loader.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Level;

/**
 * Stage 5, resolve: an agency's name as written, in a plan of some jurisdiction, to the body it names.
 *
 * <p>A name is read as an optional jurisdiction prefix and a core name. The prefix is a bare level (市 = the plan's
 * city, 区 = the plan's district, 省 = the province), a written place (广州市, 南沙区, 湖北省, 厦门), a national parent
 * with a place inside (人民银行厦门市中心支行), or nothing (the plan's own jurisdiction; the nation for names such as
 * 海关总署 or 国家…). The core name is looked up among the labels of the agency-type scheme; a merged body
 * (经科局) gets both its types; a core no list knows keeps the type its ending suggests (…法院 → court) or none, and
 * is never dropped. The key is {@code jurisdictionSlug/agencySlug}: the type's slug when a label of the scheme names
 * the body, else the pinyin of the core name.
 */
public final class AgencyResolver {
    /** National bodies named without a place. */
    private static final Set<String> NATIONAL = Set.of("海关总署", "国家税务总局", "税务总局", "证监会", "中国证监会", "银保监会",
            "国家金融监督管理总局", "人民银行", "中国人民银行", "国家质检总局", "质检总局", "国家市场监督管理总局", "市场监督管理总局",
            "国家统计局", "全国工商联", "财政部", "商务部", "科技部", "公安部", "司法部", "民政部", "工业和信息化部");
    /** National parents whose local branches carry the place inside the name. */
    private static final List<String> NATIONAL_PARENTS = List.of("中国人民银行", "人民银行", "人行", "国家税务总局",
            "国家金融监督管理总局", "中国证监会", "中国银保监会", "银保监会", "证监会", "国家电网", "国网");

    private final AgencyTypeScheme scheme;
    private final JurisdictionResolver jurisdictions = new JurisdictionResolver();

    public AgencyResolver() {
        this(AgencyTypeScheme.get());
    }

    AgencyResolver(AgencyTypeScheme scheme) {
        this.scheme = scheme;
    }

    /**
     * @param surface          the name as written, e.g. 市发改委, 南沙区政府, 广州市税务局
     * @param planJurisdiction the jurisdiction of the plan the name appears in: 市… means this city, 区… this district
     */
    public ResolvedAgency resolve(String surface, Jurisdiction planJurisdiction) {
        String name = AgencyNames.normalise(surface);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("agency name '" + surface + "' is empty once notes and spaces are removed");
        }
        Jurisdiction plan = jurisdictions.complete(planJurisdiction);

        Optional<String> type = scheme.typeOf(name);
        if (type.isPresent() && CoreNames.COLLECTIVE.contains(type.get())) {
            return collective(type.get(), name, plan);
        }
        Optional<CollectiveNames.Collective> prefixed = CollectiveNames.withLevel(name, scheme);
        if (prefixed.isPresent()) {
            return collectiveAt(prefixed.get().type(), jurisdictions.forLevelPrefix(prefixed.get().level(), plan));
        }
        Optional<ResolvedAgency> branch = nationalBranch(name, plan);
        if (branch.isPresent()) {
            return branch.get();
        }
        if (isNational(name)) {
            return agency(JurisdictionResolver.NATION, name, known(name).orElseGet(() -> unknown(name)), true);
        }
        Optional<ResolvedAgency> withLevelPrefix = levelPrefix(name, plan, false);
        if (withLevelPrefix.isPresent()) {
            return withLevelPrefix.get();
        }
        Optional<ResolvedAgency> withPlace = place(name, plan, true);
        if (withPlace.isPresent()) {
            return withPlace.get();
        }
        Optional<Core> whole = known(name);
        if (whole.isPresent()) {
            return agency(plan, null, whole.get(), false);
        }
        Optional<ResolvedAgency> withAnyPlace = place(name, plan, false);
        if (withAnyPlace.isPresent()) {
            return withAnyPlace.get();
        }
        // Nothing marks a jurisdiction and no list knows the name: keep it as written (黄埔海关, 武投控集团).
        return levelPrefix(name, plan, true).orElseGet(() -> agency(plan, name, unknown(name), true));
    }

    /** What a core name is: its full form for labels, its types, and whether a label of the scheme names it. */
    private record Core(String written, List<String> types, boolean identifying) {
    }

    private Optional<Core> known(String core) {
        Optional<List<String>> merged = CoreNames.merged(core);
        if (merged.isPresent()) {
            return Optional.of(new Core(core, merged.get(), false));
        }
        Optional<String> type = scheme.typeOf(core);
        if (type.isPresent()) {
            return Optional.of(new Core(core, List.of(type.get()), !CoreNames.NON_IDENTIFYING.contains(type.get())));
        }
        // A stuttered first character (市政政务服务数据管理局: 市 + 政政务…): read it once.
        if (core.length() > 2 && core.charAt(0) == core.charAt(1)) {
            return known(core.substring(1));
        }
        return Optional.empty();
    }

    /**
     * A core name no list knows keeps the type of a known core name it ends with (街道城运中心 → city-operation-center,
     * 黄埔海关 → customs), else the type its ending suggests (…法院 → court), else none; it is keyed by its own pinyin.
     */
    private Core unknown(String core) {
        for (String label : scheme.labelsLongestFirst()) {
            if (core.endsWith(label) && core.length() > label.length() && label.length() >= 2) {
                String type = scheme.typeOf(label).orElseThrow();
                if (!CoreNames.COLLECTIVE.contains(type)) {
                    return new Core(core, List.of(type), false);
                }
            }
        }
        return new Core(core, CoreNames.typeBySuffix(core).map(List::of).orElse(List.of()), false);
    }

    private boolean isNational(String name) {
        return NATIONAL.contains(name) || name.startsWith("国家") || name.startsWith("国务院");
    }

    private Optional<ResolvedAgency> levelPrefix(String name, Jurisdiction plan, boolean acceptUnknownCore) {
        char first = name.charAt(0);
        if (name.length() < 2 || "市区县省州".indexOf(first) < 0) {
            return Optional.empty();
        }
        String rest = name.substring(1);
        Optional<Core> core = known(rest);
        if (core.isEmpty() && !acceptUnknownCore) {
            return Optional.empty();
        }
        Jurisdiction j = jurisdictions.forLevelPrefix(first, plan);
        return Optional.of(agency(j, null, core.orElseGet(() -> unknown(rest)), false));
    }

    /**
     * A written place and a core: with {@code knownOnly} only gazetteer places and cores the scheme knows, else also
     * any 2–6 character name ending in 区/县/市/省 and any core.
     */
    private Optional<ResolvedAgency> place(String name, Jurisdiction plan, boolean knownOnly) {
        for (String place : placeCandidates(name, knownOnly)) {
            String rest = name.substring(place.length());
            Optional<Jurisdiction> j = jurisdictions.forPlace(place, plan);
            if (j.isEmpty()) {
                continue;
            }
            Optional<Core> core = known(rest);
            if (core.isPresent()) {
                return Optional.of(agency(j.get(), writtenPrefix(place), core.get(), false));
            }
            // A district inside a city: 武汉市东西湖区人民政府.
            for (String inner : placeCandidates(rest, false)) {
                String innerRest = rest.substring(inner.length());
                Optional<Core> innerCore = known(innerRest);
                Optional<Jurisdiction> innerJ = jurisdictions.forPlace(inner, j.get());
                if (innerCore.isPresent() && innerJ.isPresent()) {
                    return Optional.of(agency(innerJ.get(), null, innerCore.get(), false));
                }
            }
            if (!knownOnly) {
                return Optional.of(agency(j.get(), writtenPrefix(place), unknown(rest), false));
            }
        }
        return Optional.empty();
    }

    /** Possible place prefixes of a name, gazetteer names first, longest first, each leaving a core behind. */
    private static List<String> placeCandidates(String name, boolean gazetteerOnly) {
        List<String> out = new ArrayList<>();
        List<String> known = new ArrayList<>(Gazetteer.cities());
        known.addAll(Gazetteer.PROVINCES);
        for (String full : List.copyOf(known)) {
            known.add(Slugs.stem(full));
        }
        known.sort((a, b) -> b.length() - a.length());
        for (String place : known) {
            if (name.startsWith(place) && name.length() > place.length() && !out.contains(place)) {
                out.add(place);
            }
        }
        if (!gazetteerOnly) {
            // any 2–6 characters before a level, or up to 11 before an autonomous one: 南沙区, 恩施土家族苗族自治州
            for (int end = Math.min(name.length() - 1, 12); end >= 3; end--) {
                char level = name.charAt(end - 1);
                String place = name.substring(0, end);
                boolean autonomous = place.endsWith("自治州") || place.endsWith("自治县") || place.endsWith("自治区");
                if ((end <= 7 || autonomous) && "区县市省州".indexOf(level) >= 0 && isHan(name, end) && !out.contains(place)
                        && !looksLikeBody(place)) {
                    out.add(place);
                }
            }
        }
        return out;
    }

    /** 省委省政府, 区政府区: text with the marks of a body is no place name. */
    private static boolean looksLikeBody(String place) {
        return place.chars().anyMatch(c -> "委政府局办厅部".indexOf(c) >= 0);
    }

    private static boolean isHan(String s, int end) {
        return s.substring(0, end).codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** 人民银行厦门市中心支行, 国家税务总局武汉市税务局: a national body's branch in the place named inside. */
    private Optional<ResolvedAgency> nationalBranch(String name, Jurisdiction plan) {
        for (String parent : NATIONAL_PARENTS) {
            if (!name.startsWith(parent) || name.length() == parent.length()) {
                continue;
            }
            String rest = name.substring(parent.length());
            for (String place : placeCandidates(rest, false)) {
                Optional<Jurisdiction> j = jurisdictions.forPlace(place, plan);
                String core = rest.substring(place.length());
                if (j.isEmpty() || core.isEmpty()) {
                    continue;
                }
                Core typed = known(core).or(() -> known(parent)).orElseGet(() -> unknown(core));
                return Optional.of(agency(j.get(), name.startsWith("中国") ? name : fullParent(parent) + rest,
                        typed, true));
            }
        }
        return Optional.empty();
    }

    private static String fullParent(String parent) {
        return parent.equals("人民银行") || parent.equals("人行") ? "中国人民银行" : parent;
    }

    private ResolvedAgency collective(String type, String name, Jurisdiction plan) {
        Jurisdiction j;
        if (CoreNames.PROVINCE_COLLECTIVE.contains(type)) {
            j = jurisdictions.forLevelPrefix('省', plan);
        } else if (name.startsWith("市") || CoreNames.CITY_COLLECTIVE.contains(type)) {
            j = jurisdictions.forLevelPrefix('市', plan);
        } else {
            j = plan;
        }
        return collectiveAt(type, j);
    }

    /** 市直相关单位 of 武汉市 is 武汉市直相关单位, of 安吉县 安吉县直各单位: the level word gives way to the name. */
    private ResolvedAgency collectiveAt(String type, Jurisdiction j) {
        String pref = scheme.prefLabel(type);
        if (pref == null || pref.length() < 2) {
            // a collective type is named from its label; a scheme without one is a broken build, not bad input
            throw new IllegalStateException("agency type '" + type + "' has no Chinese skos:prefLabel in "
                    + AgencyTypeScheme.RESOURCE);
        }
        boolean levelWord = "省市区县州".indexOf(pref.charAt(0)) >= 0
                && (pref.charAt(1) == '直' || j.name().endsWith(pref.substring(0, 1)));
        String label = levelWord ? j.name() + pref.substring(1) : j.name() + pref;
        return new ResolvedAgency(Slugs.jurisdictionSlug(j) + "/" + type, label, j, List.of(type));
    }

    /** A place written without its level (武汉海关, 广州供电局) labels the body as written; else the full name does. */
    private static String writtenPrefix(String place) {
        return Slugs.stem(place).equals(place) ? place : null;
    }

    /**
     * @param label    with {@code verbatim}, the whole preferred label; else the prefix to put before the full core
     *                 name, or null for the jurisdiction's name
     * @param verbatim use {@code label} as it is
     */
    private ResolvedAgency agency(Jurisdiction j, String label, Core core, boolean verbatim) {
        String fullCore = CoreNames.full(core.written(), j.level());
        String prefLabel = verbatim ? label : (label != null ? label : j.name()) + fullCore;
        String agencySlug = core.identifying() && core.types().size() == 1 ? core.types().get(0) : Slugs.nameSlug(fullCore);
        return new ResolvedAgency(Slugs.jurisdictionSlug(j) + "/" + agencySlug, prefLabel, j, core.types());
    }
}
