/**
 * Stage 5, resolve: an agency's name as written, in a plan, to one body in one jurisdiction.
 *
 * <p>Decisions the later stages rely on:
 * <ul>
 *   <li>Keys are {@code jurisdictionSlug/agencySlug} ({@code wuhan/development-reform},
 *       {@code guangzhou/nansha/people-government}, {@code cn/customs}); the same body gets the same key from every
 *       surface (市发改委 = 市发展改革委 = 武汉市发展和改革委员会; 市税务局 = 广州市税务局 in a Guangzhou plan).</li>
 *   <li>Agency slug: the type's slug when a label of the agency-type scheme names the body; else the pinyin of the
 *       full core name (merged bodies such as 经科局, state-owned companies, unknown names, specific courts).</li>
 *   <li>Jurisdiction slugs come from {@link org.reformgraph.loader.resolve.Slugs#jurisdictionSlug}: a district under
 *       its city, the nation {@code cn}, pinyin without level suffix and with an override table for polyphones.</li>
 *   <li>The jurisdictions returned are completed from a small gazetteer: a known city gets its province (武汉市 within
 *       湖北省) even when the plan's metadata has none; municipalities (上海市) have none.</li>
 *   <li>Collective actors (各区人民政府, 各街道办事处, 市直相关单位 …) are one agency per jurisdiction and type, at
 *       every level: a level word before them says whose they are (省直有关部门 the province's, 州直各部门 the
 *       prefecture's, 县级有关部门 the county's, 市级有关执法部门 the city's enforcement departments), and levels listed
 *       before one body (各区、市政府, 各县市区人民政府) are the city's county-level governments.</li>
 *   <li>Level prefixes: 省, 市 and 州 (the plan's city or prefecture), 区 and 县; national parents with a place inside
 *       (人民银行/人行…中心支行, 国家税务总局…税务局, 国网…供电公司) belong to that place.</li>
 *   <li>Unknown names are never dropped: plan jurisdiction (or the place written), pinyin slug, and the type of a
 *       known core they end with or of their ending (…法院 → court, …国税局 → taxation), else no type; the loader's report
 *       warns about every agency kept without a type.</li>
 * </ul>
 */
package org.reformgraph.loader.resolve;
