package com.storeboard.generator;

import java.util.List;

/** Name, city, district and 门店ID of store i (DATA.md §5.3); districts differ so addresses never collide. */
record StoreIdentity(int index, String name, String storeId, String city, String district) {

    private static final List<String> MORE = List.of(
            "杭州市:西湖区", "杭州市:拱墅区", "杭州市:上城区", "杭州市:萧山区", "杭州市:余杭区", "杭州市:临平区",
            "杭州市:钱塘区", "杭州市:富阳区", "杭州市:临安区",
            "武汉市:武昌区", "武汉市:江汉区", "武汉市:江岸区", "武汉市:硚口区", "武汉市:汉阳区", "武汉市:青山区",
            "武汉市:江夏区", "武汉市:黄陂区", "武汉市:新洲区", "武汉市:蔡甸区", "武汉市:东西湖区",
            "成都市:锦江区", "成都市:青羊区", "成都市:金牛区", "成都市:武侯区", "成都市:成华区", "成都市:龙泉驿区",
            "成都市:新都区", "成都市:温江区", "成都市:双流区", "成都市:郫都区",
            "广州市:天河区", "广州市:越秀区", "广州市:海珠区", "广州市:荔湾区", "广州市:白云区", "广州市:番禺区",
            "广州市:花都区",
            "深圳市:福田区", "深圳市:罗湖区", "深圳市:南山区", "深圳市:宝安区", "深圳市:龙岗区", "深圳市:龙华区",
            "南京市:玄武区", "南京市:秦淮区", "南京市:鼓楼区", "南京市:建邺区");

    static StoreIdentity of(int index) {
        String storeId = "XH%03d".formatted(index);
        return switch (index) {
            case 1 -> new StoreIdentity(1, "星河便利（滨江店）", storeId, "杭州市", "滨江区");
            case 2 -> new StoreIdentity(2, "星河便利（东湖店）", storeId, "武汉市", "洪山区");
            case 3 -> new StoreIdentity(3, "星河便利（高新店）", storeId, "成都市", "高新区");
            default -> {
                String[] cityDistrict = MORE.get(index - 4).split(":");
                yield new StoreIdentity(index, "星河便利（第" + index + "店）", storeId, cityDistrict[0],
                        cityDistrict[1]);
            }
        };
    }
}
