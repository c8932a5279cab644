package org.reformgraph.bench.synth;

import java.nio.charset.Charset;

/**
 * One synthetic plan: its text, the encoding its file is written in, and its answer key.
 *
 * @param text    the plan's text
 * @param charset UTF-8, or GB18030 for a share of plans
 * @param gold    what the generator meant it to say
 */
public record GeneratedPlan(String text, Charset charset, PlanGold gold) {

    public byte[] bytes() {
        return text.getBytes(charset);
    }
}
