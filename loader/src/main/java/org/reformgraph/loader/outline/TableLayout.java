package org.reformgraph.loader.outline;

import java.util.List;

/**
 * Which column of a task table holds what, read from its header row (序号 / 工作措施 / 主要内容 / 牵头单位 / 责任单位).
 * Without a header the usual order is assumed: number, measure group, content, responsible units. {@code lead} is the
 * 牵头单位 column when the table gives one beside a 责任单位 or 配合单位 column, else -1; {@code agency} is then the
 * responsible column.
 */
record TableLayout(int number, int group, int content, int agency, int lead) {
    static final TableLayout USUAL = new TableLayout(0, 1, 2, 3, -1);

    static boolean isHeader(List<String> cells) {
        return !cells.isEmpty() && cells.get(0).strip().startsWith("序号");
    }

    static TableLayout of(List<String> header) {
        int group = -1;
        int content = -1;
        int agency = -1;
        int lead = -1;
        for (int i = 1; i < header.size(); i++) {
            String cell = header.get(i);
            if (lead < 0 && cell.contains("牵头")) {
                lead = i;
            } else if (agency < 0 && (cell.contains("责任") || cell.contains("配合") || cell.contains("单位") || cell.contains("部门"))) {
                agency = i;
            } else if (content < 0 && (cell.contains("内容") || cell.contains("任务") || cell.contains("举措"))) {
                content = i;
            } else if (group < 0 && (cell.contains("措施") || cell.contains("事项") || cell.contains("类别"))) {
                group = i;
            }
        }
        if (agency < 0) {
            // a 牵头单位 column alone is the table's unit column
            agency = lead;
            lead = -1;
        }
        return new TableLayout(0, group, content < 0 ? Math.min(2, header.size() - 1) : content, agency, lead);
    }

    /** The first and last unit columns: the lead's and the responsible units'. */
    int firstUnitColumn() {
        return lead < 0 ? agency : Math.min(lead, agency);
    }

    int lastUnitColumn() {
        return lead < 0 ? agency : Math.max(lead, agency);
    }
}
