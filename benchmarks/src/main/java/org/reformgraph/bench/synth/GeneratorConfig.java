package org.reformgraph.bench.synth;

import java.util.EnumMap;
import java.util.Map;

/**
 * The shares that shape a synthetic corpus. Shares are of plans (a plan has one attribution form, one level, one
 * encoding); {@code agencyVariantRate} is per mention.
 *
 * @param formShares        share of plans per attribution form (normalised; forms left out never occur)
 * @param provinceShare     share of provincial plans
 * @param districtShare     share of district and county plans (the rest are city plans)
 * @param traditionalShare  share in traditional script (a third of them with pinyin glosses)
 * @param htmlShare         share with web-page remnants
 * @param pdfShare          share with PDF line breaks (never given to table forms, whose rows are lines)
 * @param halfWidthShare    share writing attributions with half-width : ; ( )
 * @param gb18030Share      share saved in GB18030 rather than UTF-8
 * @param noticeShare       share that open with the notice publishing them
 * @param agencyVariantRate chance that a mention uses another variant of an agency's name than the plan's usual one
 * @param zipfExponent      skew of the reform-type draw
 */
public record GeneratorConfig(Map<AttributionForm, Double> formShares, double provinceShare, double districtShare,
                              double traditionalShare, double htmlShare, double pdfShare, double halfWidthShare,
                              double gb18030Share, double noticeShare, double agencyVariantRate, double zipfExponent) {

    public GeneratorConfig {
        formShares = Map.copyOf(formShares);
        if (formShares.isEmpty() || formShares.values().stream().anyMatch(v -> v < 0)
                || formShares.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new IllegalArgumentException("form shares must be non-negative with a positive sum, got " + formShares);
        }
        for (double share : new double[]{provinceShare, districtShare, traditionalShare, htmlShare, pdfShare,
                halfWidthShare, gb18030Share, noticeShare, agencyVariantRate}) {
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException("shares are between 0 and 1, got " + share);
            }
        }
        if (provinceShare + districtShare > 1) {
            throw new IllegalArgumentException("province and district shares add up to more than 1");
        }
    }

    /** The shares documented in docs/SYNTHETIC.md. */
    public static GeneratorConfig defaults() {
        Map<AttributionForm, Double> forms = new EnumMap<>(AttributionForm.class);
        for (AttributionForm form : AttributionForm.values()) {
            forms.put(form, form.defaultShare());
        }
        return new GeneratorConfig(forms, 0.15, 0.40, 0.06, 0.10, 0.15, 0.20, 0.0, 0.70, 0.12, 1.1);
    }

    public GeneratorConfig withFormShares(Map<AttributionForm, Double> shares) {
        return new GeneratorConfig(shares, provinceShare, districtShare, traditionalShare, htmlShare, pdfShare,
                halfWidthShare, gb18030Share, noticeShare, agencyVariantRate, zipfExponent);
    }

    public GeneratorConfig withGb18030Share(double share) {
        return new GeneratorConfig(formShares, provinceShare, districtShare, traditionalShare, htmlShare, pdfShare,
                halfWidthShare, share, noticeShare, agencyVariantRate, zipfExponent);
    }

    public GeneratorConfig withTraditionalShare(double share) {
        return new GeneratorConfig(formShares, provinceShare, districtShare, share, htmlShare, pdfShare,
                halfWidthShare, gb18030Share, noticeShare, agencyVariantRate, zipfExponent);
    }
}
