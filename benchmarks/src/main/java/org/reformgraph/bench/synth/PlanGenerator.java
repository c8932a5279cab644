package org.reformgraph.bench.synth;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Level;
import org.reformgraph.loader.catalog.PlanMetadata;

/**
 * Writes one synthetic plan from a seed and an index: the same pair always gives the same text, byte for byte.
 * Resources (places, agencies, topics, sentences, the reform-type scheme) are read once per generator.
 */
public final class PlanGenerator {
    public static final Charset GB18030 = Charset.forName("GB18030");

    private final GeneratorConfig config;
    private final JurisdictionPool places;
    private final AgencyDirectory agencies;
    private final List<Topic> topics;
    private final ReformTypeScheme reformTypes;
    private final MeasureComposer composer;

    public PlanGenerator(GeneratorConfig config) {
        this.config = config;
        this.places = JurisdictionPool.load();
        this.agencies = AgencyDirectory.load();
        this.topics = Topic.load(agencies);
        this.reformTypes = ReformTypeScheme.load(config.zipfExponent());
        // a topic's reform that the scheme does not hold fails here, naming the label, not mid-corpus
        topics.forEach(topic -> topic.reforms().forEach(reformTypes::byLabel));
        this.composer = new MeasureComposer(reformTypes, TargetPhrases.load());
    }

    /** The id of plan {@code index} of a corpus: lowercase ASCII, as plan ids must be, e.g. synth-42-0007. */
    public static String planId(long seed, int index) {
        return "synth-" + (seed < 0 ? "m" + Long.toString(seed).substring(1) : Long.toString(seed))
                + "-" + String.format("%04d", index);
    }

    public GeneratedPlan generate(long seed, int index) {
        Random random = new Random(mix(seed, index));
        String id = planId(seed, index);
        Jurisdiction jurisdiction = places.pick(level(random), random);
        PlanMetadata metadata = PlanMetadataFactory.create(id, id + ".txt", jurisdiction, random);
        AttributionForm form = form(random);
        NumberingStyle numbering = numbering(form, random);
        Set<Noise> noise = noise(form, random);
        Charset charset = random.nextDouble() < config.gb18030Share() ? GB18030 : StandardCharsets.UTF_8;

        int year = metadata.year();
        StringBuilder text = new StringBuilder(40_000);
        FrameWriter frame = new FrameWriter(random, metadata, year + 2);
        boolean convention = form == AttributionForm.RESPONSIBLE_LABEL_CONVENTION;
        if (convention || random.nextDouble() < config.noticeShare()) {
            frame.notice(text, convention);
        }
        frame.titleAndPreamble(text);
        frame.requirements(text, "一、");
        PlanAgencies planAgencies = new PlanAgencies(agencies, jurisdiction, random, config.agencyVariantRate());
        AttributionWriter attributions = new AttributionWriter(form, random, noise.contains(Noise.HALF_WIDTH_PUNCTUATION));
        PlanBodyWriter body = new PlanBodyWriter(random, topics, planAgencies, composer, reformTypes, attributions,
                form, numbering, year);
        List<GoldMeasure> measures = body.write(text, 2);
        text.append('\n');
        frame.safeguards(text, Numerals.chinese(body.nextPart(2)) + "、");

        String written = TextNoise.apply(text.toString(), noise, random);
        PlanGold gold = new PlanGold(metadata, form, numbering, noise, charset.name(), measures);
        return new GeneratedPlan(written, charset, gold);
    }

    public JurisdictionPool places() {
        return places;
    }

    public ReformTypeScheme reformTypes() {
        return reformTypes;
    }

    public AgencyDirectory agencies() {
        return agencies;
    }

    private Level level(Random random) {
        double roll = random.nextDouble();
        if (roll < config.provinceShare()) {
            return Level.PROVINCE;
        }
        return roll < config.provinceShare() + config.districtShare() ? Level.DISTRICT : Level.CITY;
    }

    private AttributionForm form(Random random) {
        Map<AttributionForm, Double> shares = config.formShares();
        double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        double roll = random.nextDouble() * total;
        AttributionForm last = null;
        // in declaration order, so that a configuration map's iteration order cannot change the draw
        for (AttributionForm form : AttributionForm.values()) {
            double share = shares.getOrDefault(form, 0.0);
            if (share > 0) {
                last = form;
                roll -= share;
                if (roll < 0) {
                    return form;
                }
            }
        }
        return last;
    }

    private static NumberingStyle numbering(AttributionForm form, Random random) {
        if (form.isTable()) {
            return NumberingStyle.TABLE;
        }
        List<NumberingStyle> styles = form.needsSections()
                ? List.of(NumberingStyle.PART_SECTION_ITEM, NumberingStyle.PART_SECTION_ITEM, NumberingStyle.PART_ITEM_SUBITEM, NumberingStyle.PART_SECTION_CIRCLED)
                : List.of(NumberingStyle.PART_SECTION_ITEM, NumberingStyle.PART_SECTION_ITEM, NumberingStyle.PART_SECTION,
                NumberingStyle.PART_SECTION, NumberingStyle.PART_ITEM_SUBITEM, NumberingStyle.PART_SECTION_CIRCLED);
        return styles.get(random.nextInt(styles.size()));
    }

    private Set<Noise> noise(AttributionForm form, Random random) {
        Set<Noise> noise = EnumSet.noneOf(Noise.class);
        if (random.nextDouble() < config.traditionalShare()) {
            noise.add(Noise.TRADITIONAL);
            if (random.nextInt(3) == 0) {
                noise.add(Noise.PINYIN_GLOSSES);
            }
        }
        if (random.nextDouble() < config.htmlShare()) {
            noise.add(Noise.HTML_REMNANTS);
        }
        if (!form.isTable() && random.nextDouble() < config.pdfShare()) {
            noise.add(Noise.PDF_LINE_BREAKS);
        }
        if (random.nextDouble() < config.halfWidthShare()) {
            noise.add(Noise.HALF_WIDTH_PUNCTUATION);
        }
        return noise;
    }

    /** SplitMix64 of seed and index, so neighbouring indexes and seeds give unrelated streams. */
    static long mix(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
