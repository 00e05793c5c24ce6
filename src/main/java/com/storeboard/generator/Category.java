package com.storeboard.generator;

import java.util.List;

/**
 * The 一级分类名 of the catalogue (DATA.md §5.3): SKU share, 商品实售价 range and 售价毛利率 range (margin on
 * 商品实售价, in basis points), with the name material used to build product names.
 */
enum Category {
    DRINKS("饮料", 22, 250, 990, 2500, 3500,
            List.of("农夫山泉", "怡宝", "康师傅", "统一", "可口可乐", "百事", "元气森林", "东方树叶", "维他", "娃哈哈",
                    "今麦郎", "景田"),
            List.of("可乐330ml:碳酸饮料", "雪碧330ml:碳酸饮料", "可乐330ml×6:碳酸饮料", "矿泉水550ml:饮用水",
                    "饮用水5L:饮用水", "矿泉水550ml×12:饮用水", "绿茶500ml:茶饮料", "冰红茶500ml:茶饮料",
                    "乌龙茶500ml:茶饮料", "橙汁450ml:果汁", "苏打水350ml:饮用水", "功能饮料250ml:功能饮料",
                    "咖啡饮料280ml:咖啡饮料", "椰汁1L:植物蛋白饮料", "柠檬茶500ml:茶饮料", "气泡水480ml:碳酸饮料"),
            List.of("", "（无糖）", "（低糖）", "（柠檬味）", "（原味）")),
    LIQUOR("酒水", 7, 450, 6800, 2000, 3000,
            List.of("青岛", "雪花", "百威", "哈尔滨", "燕京", "乐堡", "江小白", "牛栏山", "古越龙山", "张裕", "锐澳",
                    "红星"),
            List.of("啤酒500ml:啤酒", "啤酒330ml×6:啤酒", "啤酒500ml×12:啤酒", "精酿啤酒330ml:啤酒", "白酒125ml:白酒",
                    "白酒500ml:白酒", "黄酒500ml:黄酒", "红酒750ml:葡萄酒", "果酒330ml:预调酒",
                    "预调鸡尾酒275ml:预调酒", "啤酒整箱24罐:啤酒"),
            List.of("", "（经典）", "（清爽）", "（特制）")),
    SNACKS("零食", 18, 300, 1990, 3000, 4000,
            List.of("乐事", "奥利奥", "三只松鼠", "良品铺子", "卫龙", "旺旺", "德芙", "好丽友", "洽洽", "百草味", "上好佳",
                    "达利园"),
            List.of("薯片70g:膨化食品", "饼干:饼干", "夹心饼干100g:饼干", "坚果:坚果炒货", "每日坚果25g:坚果炒货",
                    "辣条:辣条", "牛肉干50g:肉干肉脯", "巧克力:糖果巧克力", "软糖:糖果巧克力", "瓜子200g:坚果炒货",
                    "海苔:休闲零食", "果冻:休闲零食", "蛋黄派:糕点", "威化饼干:饼干"),
            List.of("", "（原味）", "（香辣味）", "（番茄味）", "（海盐味）")),
    FRESH("生鲜", 6, 490, 2990, 1500, 3000,
            List.of("德青源", "正大", "圣农", "本地", "鲜达", "农家", "绿源", "清美"),
            List.of("鸡蛋10枚:蛋类", "土鸡蛋6枚:蛋类", "猪肉馅300g:猪肉", "五花肉300g:猪肉", "鸡胸肉250g:禽肉",
                    "鸡翅中300g:禽肉", "豆腐:豆制品", "嫩豆腐400g:豆制品", "西红柿500g:蔬菜", "黄瓜500g:蔬菜",
                    "生菜300g:蔬菜", "土豆500g:蔬菜"),
            List.of("", "（精选）", "（新鲜）")),
    FRUIT("水果", 7, 590, 3500, 2000, 3500,
            List.of("佳农", "都乐", "褚橙", "百果园", "鲜丰", "果多美", "本地", "精选"),
            List.of("香蕉约500g:香蕉", "苹果约1kg:苹果", "橙子约1kg:柑橘", "葡萄约500g:葡萄", "西瓜约2kg:瓜类",
                    "梨约1kg:梨", "猕猴桃6个:猕猴桃", "蓝莓125g:浆果", "草莓300g:浆果", "火龙果2个:热带水果",
                    "芒果约1kg:热带水果"),
            List.of("", "（优选）", "（当季）")),
    HOUSEHOLD("日用品", 11, 290, 3990, 3000, 4500,
            List.of("清风", "维达", "心相印", "立白", "蓝月亮", "超能", "高露洁", "云南白药", "海飞丝", "舒肤佳", "妙洁",
                    "南孚"),
            List.of("抽纸3包:纸品", "卷纸10卷:纸品", "洗洁精:清洁用品", "洗衣液2kg:清洁用品", "垃圾袋:家居用品",
                    "湿巾80片:纸品", "牙膏120g:口腔护理", "牙刷:口腔护理", "洗发水400ml:洗护", "沐浴露400ml:洗护",
                    "保鲜膜:家居用品", "电池4节:家居用品", "抽纸整箱:纸品"),
            List.of("", "（家庭装）", "（便携装）", "（清香型）")),
    STAPLES("粮油调味", 7, 490, 4990, 1500, 2500,
            List.of("金龙鱼", "福临门", "海天", "李锦记", "恒顺", "中盐", "鲁花", "太太乐", "陈克明", "十月稻田"),
            List.of("大米5kg:大米", "大米2.5kg:大米", "食用油5L:食用油", "食用油900ml:食用油", "酱油500ml:酱油",
                    "醋500ml:醋", "盐400g:调味品", "白糖400g:调味品", "挂面1kg:面条", "蚝油520g:调味品",
                    "鸡精200g:调味品", "面粉5kg:面粉"),
            List.of("", "（特级）", "（经典）")),
    DAIRY("乳品", 8, 290, 2490, 1800, 2800,
            List.of("伊利", "蒙牛", "光明", "君乐宝", "安慕希", "纯甄", "养乐多", "妙可蓝多", "三元", "新希望"),
            List.of("纯牛奶250ml×12:纯牛奶", "纯牛奶250ml:纯牛奶", "酸奶:酸奶", "酸奶200g×4:酸奶", "鲜牛奶950ml:鲜奶",
                    "早餐奶250ml:调制乳", "乳酸菌饮品100ml×5:乳酸菌", "奶酪棒:奶酪", "高钙奶250ml:纯牛奶"),
            List.of("", "（原味）", "（草莓味）", "（低脂）")),
    FROZEN("冷冻", 6, 790, 3990, 2500, 3500,
            List.of("思念", "三全", "湾仔码头", "和路雪", "伊利", "蒙牛", "钟薛高", "安井", "正大", "梦龙"),
            List.of("速冻水饺:速冻面点", "汤圆:速冻面点", "雪糕:冰淇淋", "冰淇淋桶装:冰淇淋", "速冻馄饨:速冻面点",
                    "手抓饼:速冻面点", "鸡块:速冻肉制品", "包子:速冻面点", "冰棍:冰淇淋"),
            List.of("", "（猪肉白菜）", "（香草味）", "（家庭装）")),
    INSTANT("速食", 8, 290, 1490, 3000, 4000,
            List.of("康师傅", "统一", "白象", "今麦郎", "海底捞", "自嗨锅", "双汇", "好欢螺", "李子柒", "娃哈哈"),
            List.of("方便面:方便面", "桶面:方便面", "方便面5连包:方便面", "自热火锅:自热食品", "自热米饭:自热食品",
                    "火腿肠:肉制品", "螺蛳粉:方便粉丝", "酸辣粉:方便粉丝", "午餐肉罐头:罐头", "八宝粥:罐头"),
            List.of("", "（红烧牛肉）", "（香辣）", "（经典）")),
    CONSUMABLES("耗材", 0, 0, 0, 0, 0, List.of(), List.of(), List.of());

    private final String label;
    private final int sharePercent;
    private final long minPrice;
    private final long maxPrice;
    private final int minMarginBp;
    private final int maxMarginBp;
    private final List<String> brands;
    private final List<String> stems;
    private final List<String> variants;

    Category(String label, int sharePercent, long minPrice, long maxPrice, int minMarginBp, int maxMarginBp,
            List<String> brands, List<String> stems, List<String> variants) {
        this.label = label;
        this.sharePercent = sharePercent;
        this.minPrice = minPrice;
        this.maxPrice = maxPrice;
        this.minMarginBp = minMarginBp;
        this.maxMarginBp = maxMarginBp;
        this.brands = brands;
        this.stems = stems;
        this.variants = variants;
    }

    String label() {
        return label;
    }

    int sharePercent() {
        return sharePercent;
    }

    long minPrice() {
        return minPrice;
    }

    long maxPrice() {
        return maxPrice;
    }

    int minMarginBp() {
        return minMarginBp;
    }

    int maxMarginBp() {
        return maxMarginBp;
    }

    List<String> brands() {
        return brands;
    }

    /** "name stem:三级分类名". */
    List<String> stems() {
        return stems;
    }

    List<String> variants() {
        return variants;
    }

    /** The ten regular categories, in table order. */
    static List<Category> regular() {
        return List.of(DRINKS, LIQUOR, SNACKS, FRESH, FRUIT, HOUSEHOLD, STAPLES, DAIRY, FROZEN, INSTANT);
    }
}
