package org.reformgraph.bench.synth;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Level;
import org.reformgraph.loader.catalog.PlanMetadata;

/**
 * The parts of a plan around its measures: the notice that publishes it, the title, the preamble, the general
 * requirements and the closing safeguards. None of it is numbered like a measure, so it never adds to the count.
 */
final class FrameWriter {
    private static final List<String> AIMS = List.of(
            "为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，持续打造市场化、法治化、国际化一流营商环境，激发经营主体活力，推动经济高质量发展，结合{J}实际，制定本方案。",
            "为进一步深化“放管服”改革，聚焦经营主体关切，以控制成本为核心，以集成创新改革为重点，加快打造营商环境升级版，制定本方案。",
            "为全面落实《优化营商环境条例》，对标国际一流标准，以经营主体获得感为评价标准，推动{J}营商环境持续优化提升，特制定本行动方案。");
    private static final List<String> REQUIREMENTS = List.of(
            "以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，完整、准确、全面贯彻新发展理念，坚持问题导向、目标导向、结果导向，着力补短板、强弱项、促创新，践行“有求必应、无事不扰”服务理念，分领域集成、分区域突破，加快推进重点领域改革，形成一批营商环境亮点品牌。",
            "坚持以经营主体需求为导向，以数字化改革为牵引，聚焦企业全生命周期和项目建设全流程，系统推进营商环境重点领域和关键环节改革，推动政务服务更加高效、监管执法更加规范、要素保障更加有力、法治环境更加公正。",
            "到{Y}年，营商环境重点指标达到全国先进水平，企业办事堵点难点问题得到有效解决，经营主体满意度显著提升，形成一批可复制可推广的改革经验，营商环境综合竞争力进入全省前列。");
    private static final List<String> SAFEGUARDS = List.of(
            "加强组织领导。各地各部门要把优化营商环境作为“一把手”工程，主要负责同志亲自研究部署、协调推动，细化工作举措，明确责任分工，确保各项任务落地见效。",
            "强化督导考核。将优化营商环境工作纳入年度绩效考核，建立任务台账，实行清单化管理、项目化推进，定期调度通报工作进展，对工作推进不力的严肃问责。",
            "注重宣传引导。充分利用各类媒体平台，加强营商环境政策宣传解读，及时总结推广典型经验做法，营造全社会共同关心、支持和参与优化营商环境的良好氛围。",
            "加强要素保障。统筹用好各类资金，强化信息化建设、人员配备等保障，确保改革举措有序推进。");

    private final Random random;
    private final PlanMetadata metadata;
    private final int horizonYear;

    FrameWriter(Random random, PlanMetadata metadata, int horizonYear) {
        this.random = random;
        this.metadata = metadata;
        this.horizonYear = horizonYear;
    }

    /** The notice publishing the plan; with the convention sentence when the plan's first unit leads by rule. */
    void notice(StringBuilder out, boolean statesConvention) {
        Jurisdiction j = metadata.jurisdiction();
        out.append(metadata.issuer()).append("关于印发").append(metadata.title()).append("的通知\n\n");
        out.append(metadata.documentNumber()).append("\n\n");
        out.append(recipients(j)).append("：\n");
        out.append("　　《").append(metadata.title()).append("》已经").append(JurisdictionPool.shortName(j))
                .append("人民政府同意，现印发给你们，请结合实际认真抓好贯彻落实。");
        if (statesConvention) {
            out.append("方案中所列责任单位有多个的，排在第一位的为牵头单位，其他单位按职责分工配合落实。");
        }
        out.append("\n\n").append(metadata.issuer()).append("\n").append(date(metadata.issued())).append("\n");
        out.append(random.nextBoolean() ? "（此件公开发布）\n\n" : "\n");
    }

    void titleAndPreamble(StringBuilder out) {
        out.append(metadata.title().replaceFirst("（\\d{4}年）$", "")).append("\n\n");
        out.append(fill(AIMS.get(random.nextInt(AIMS.size())))).append("\n\n");
    }

    /** 一、总体要求 with two paragraphs. */
    void requirements(StringBuilder out, String marker) {
        out.append(marker).append(random.nextBoolean() ? "总体要求" : "指导思想和主要目标").append("\n\n");
        out.append(fill(REQUIREMENTS.get(0))).append("\n\n").append(fill(REQUIREMENTS.get(1 + random.nextInt(2)))).append("\n\n");
    }

    /** The closing part: paragraphs that open with their own theme, unnumbered. */
    void safeguards(StringBuilder out, String marker) {
        out.append(marker).append("保障措施").append("\n\n");
        for (String paragraph : SAFEGUARDS) {
            out.append(paragraph).append("\n\n");
        }
        if (random.nextBoolean()) {
            out.append("本方案自印发之日起施行，由").append(JurisdictionPool.shortName(metadata.jurisdiction()))
                    .append("优化营商环境工作领导小组办公室负责解释。\n");
        }
    }

    private String fill(String template) {
        return template.replace("{J}", JurisdictionPool.shortName(metadata.jurisdiction()))
                .replace("{Y}", Integer.toString(horizonYear));
    }

    private static String recipients(Jurisdiction j) {
        if (j.level() == Level.PROVINCE) {
            return "各市、州人民政府，" + (j.name().endsWith("自治区") ? "自治区" : "省") + "政府各部门";
        }
        if (j.level() == Level.CITY) {
            return j.within() == null ? "各区人民政府，市政府各委、办、局" : "各县（市、区）人民政府，市人民政府各部门";
        }
        String prefix = JurisdictionPool.agencyPrefix(j);
        return "各街道办事处、乡镇人民政府，" + prefix + "政府各部门";
    }

    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
