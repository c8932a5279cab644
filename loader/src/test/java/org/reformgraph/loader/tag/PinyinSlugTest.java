package org.reformgraph.loader.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PinyinSlugTest {
    @Test
    void slugsAreLowercaseAsciiPinyin() {
        assertEquals("jiao-fang-yun-ban-zheng", PinyinSlug.of("交房云办证"));
        assertEquals("wen-lv-ti-e-zheng-tong", PinyinSlug.of("文旅体e证通"));
        assertEquals("liang-bu-shen-bao-n", PinyinSlug.of("两步申报+N"));
        assertEquals("shen-pi-fu-wu-e-zhan", PinyinSlug.of("审批服务E站"));
    }
}
