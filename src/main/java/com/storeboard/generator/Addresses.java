package com.storeboard.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The addresses of one store (DATA.md §5.3 customers): {区}{路名}{门牌}号{小区}{楼}栋{单元}单元{室}. Address i of
 * the store is a fixed bijection of i onto (street, number, 小区, building, unit, room), so distinct indices give
 * distinct addressKeys (§1.5); the district is the store's own, so stores never share a key. Index ranges:
 * regular customers, then the G4 churn customers, then one-off addresses in order of use; decoys count down from
 * the top so that they never shift a background address.
 */
final class Addresses {

    private static final List<String> STREET_NAMES = List.of("江南大道", "滨盛路", "长河路", "江汉路", "中山路", "解放路",
            "人民路", "建设路", "文化路", "学府路", "新华路", "和平路", "光明路", "东风路", "青年路", "春晓路", "湖滨路",
            "望江路", "星光大道", "科技大道", "创业路", "花园路", "枫林路", "桂花路", "银杏路", "梧桐路", "朝阳路",
            "丽水路", "金沙路", "锦绣路", "天府大道", "珞喻路", "雄楚大道", "民族大道", "关山大道", "光谷大道");
    private static final List<String> ESTATES = List.of("星河湾小区", "江畔花园", "阳光家园", "锦绣华庭", "金色家园",
            "翠苑小区", "绿城花园", "滨江一号", "幸福里", "和谐家园", "书香苑", "海棠湾", "枫丹白露", "云栖苑", "丹桂苑",
            "春江花月", "明月湾", "清水湾", "紫荆苑", "万科城", "保利花园", "天悦府", "荷塘月色", "凤凰城", "梧桐苑",
            "东方花园", "南湖小区", "新城家园", "金桂苑", "怡景苑");
    private static final int STREETS = 8;
    private static final long NUMBERS = 2_999;
    private static final long BUILDINGS = 30;
    private static final long UNITS = 6;
    private static final long FLOORS = 32;
    private static final long ROOMS = 4;
    static final long SPACE = STREETS * NUMBERS * ESTATES.size() * BUILDINGS * UNITS * FLOORS * ROOMS;
    /**
     * A prime above every prime factor of SPACE, so i ↦ (i × MULTIPLIER + OFFSET) mod SPACE is a bijection; small
     * enough that i × MULTIPLIER never overflows for i &lt; SPACE.
     */
    private static final long MULTIPLIER = 433_494_437L;
    private static final long OFFSET = 7_654_321L;

    private final String district;
    private final List<String> streets;

    Addresses(String district, SplittableRandom customers) {
        this.district = district;
        List<String> names = new ArrayList<>(STREET_NAMES);
        Draw.shuffle(customers, names);
        this.streets = List.copyOf(names.subList(0, STREETS));
    }

    /** Address number index, written with 栋 and 单元. */
    String address(long index) {
        return format(index, false);
    }

    /** The same address as {@link #address(long)}, written "… 3-2-501" (same addressKey). */
    String dashed(long index) {
        return format(index, true);
    }

    /** Decoy addresses, counted down from the top of the space. */
    String decoy(int k) {
        return address(SPACE - 1 - k);
    }

    private String format(long index, boolean dashed) {
        long x = Math.floorMod(index * MULTIPLIER + OFFSET, SPACE);
        long room = x % ROOMS + 1;
        x /= ROOMS;
        long floor = x % FLOORS + 1;
        x /= FLOORS;
        long unit = x % UNITS + 1;
        x /= UNITS;
        long building = x % BUILDINGS + 1;
        x /= BUILDINGS;
        String estate = ESTATES.get((int) (x % ESTATES.size()));
        x /= ESTATES.size();
        long number = x % NUMBERS + 1;
        x /= NUMBERS;
        String street = streets.get((int) x);
        String roomText = floor + (room < 10 ? "0" : "") + room;
        StringBuilder sb = new StringBuilder(48).append(district).append(street).append(number).append('号')
                .append(estate);
        if (dashed) {
            return sb.append(' ').append(building).append('-').append(unit).append('-').append(roomText).toString();
        }
        return sb.append(building).append('栋').append(unit).append("单元").append(roomText).toString();
    }

    /** The customer key of DATA.md §1.5. */
    static String key(String address) {
        if (address == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(address.length());
        address.codePoints().filter(c -> !Character.isWhitespace(c) && c != 0x3000 && c != 0xA0)
                .forEach(sb::appendCodePoint);
        String key = sb.toString().replace("单元", "-").replace("栋", "-");
        return key.isEmpty() ? null : key;
    }
}
