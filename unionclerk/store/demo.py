"""A generated demo union like 篇4 of the seeds: a county disease-control centre of 78 members, 44 women."""

from __future__ import annotations

import datetime as dt
import random

from unionclerk.core.idcard import check_char
from unionclerk.core.members import ACTIVE, Member
from unionclerk.core.settings import Settings
from unionclerk.store.db import Store
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.store.settings import save_settings

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
MALE_GIVEN = "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘"
FEMALE_GIVEN = "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽"
DEPARTMENTS = (
    "办公室",
    "疾病控制科",
    "免疫规划科",
    "检验科",
    "卫生监督科",
    "健康教育科",
    "慢性病防治科",
    "结核病防治科",
    "财务科",
    "后勤保障科",
)
POSITIONS = ("科员", "医师", "主治医师", "副主任医师", "检验师", "主管技师", "护士", "会计", "驾驶员", "科长")
AREA = "532527"


def _id_number(rng: random.Random, born: dt.date, female: bool) -> str:
    sequence = rng.randrange(10, 99) * 10 + (
        rng.choice((0, 2, 4, 6, 8)) if female else rng.choice((1, 3, 5, 7, 9))
    )
    first17 = f"{AREA}{born:%Y%m%d}{sequence:03d}"
    return first17 + check_char(first17)


def _name(rng: random.Random, female: bool, taken: set[str]) -> str:
    pool = FEMALE_GIVEN if female else MALE_GIVEN
    while True:
        given = rng.choice(pool) + (rng.choice(pool) if rng.random() < 0.7 else "")
        name = rng.choice(SURNAMES) + given
        if name not in taken:
            taken.add(name)
            return name


def _phone(rng: random.Random) -> str:
    return (
        rng.choice(("138", "139", "150", "151", "158", "187", "188", "135")) + f"{rng.randrange(10**8):08d}"
    )


def build_demo(store: Store, *, year: int | None = None, seed: int = 2026) -> str:
    """Fill an empty database with a realistic union; returns a one-line description."""
    rng = random.Random(seed)
    today = dt.date.today()
    year = year or today.year
    members = MemberStore(store)
    if members.count(MemberQuery()):
        raise ValueError("demo data goes into an empty database")

    save_settings(
        store,
        Settings(
            unit_name="青山县疾病预防控制中心",
            union_name="青山县疾病预防控制中心工会",
            parent_union="青山县卫生健康局工会",
            chair="李建华",
            clerk="周晓梅",
            province="云南",
            staff_count=82,
        ),
    )
    # 74 long-standing members (43 women), 4 joining this year (1 woman); the first man retires mid-year
    # and keeps his membership (保留会籍), so the year ends with 78 members, 44 of them women.
    plan = (
        [(False, False)] + [(True, False)] * 43 + [(False, False)] * 30 + [(True, True)] + [(False, True)] * 3
    )
    taken: set[str] = set()
    year_end = min(dt.date(year, 12, 31), today)
    for index, (female, new) in enumerate(plan):
        if new:
            born = dt.date(rng.randrange(1994, 2001), rng.randrange(1, 13), rng.randrange(1, 29))
            joined = dt.date(year, rng.randrange(1, max(2, year_end.month)), rng.randrange(1, 28))
            joined = min(joined, year_end)
        else:
            born = (
                dt.date(1966, 3, 12)
                if index == 0
                else dt.date(rng.randrange(1968, 1996), rng.randrange(1, 13), rng.randrange(1, 29))
            )
            joined = dt.date(
                max(born.year + 22, 1990) + rng.randrange(0, 6), rng.randrange(1, 13), rng.randrange(1, 29)
            )
            joined = min(joined, dt.date(year - 1, 12, 31))
        member = Member(
            name=_name(rng, female, taken),
            id_number=_id_number(rng, born, female),
            sex="女" if female else "男",
            birth_date=born.isoformat(),
            ethnicity=rng.choices(("汉族", "彝族", "回族", "壮族"), weights=(80, 12, 5, 3))[0],
            political_status=rng.choices(
                ("中共党员", "群众", "共青团员", "民主党派"), weights=(45, 40, 12, 3)
            )[0],
            education=rng.choices(("硕士研究生", "大学本科", "大学专科", "中专"), weights=(8, 60, 25, 7))[0],
            department=DEPARTMENTS[index % len(DEPARTMENTS)],
            position=rng.choice(POSITIONS),
            staff_category=rng.choices(("在编", "合同", "劳务派遣"), weights=(75, 20, 5))[0],
            join_date=joined.isoformat(),
            card_no=f"QS{index + 1:04d}",
            phone=_phone(rng),
            wage_base_fen=rng.randrange(380000, 980000),
            hardship=index in (5, 17, 60),
            hardship_type={5: "因病", 17: "单亲", 60: "子女教育"}.get(index, ""),
            status=ACTIVE,
        )
        member_id = members.add(member)
        if index == 0:
            retired_on = min(dt.date(year, 6, 30), today)
            members.change_status(member_id, "保留会籍", retired_on.isoformat(), "退休")
    counts = members.counts()
    return f"{counts['members']} 名会员，其中女会员 {counts['women']} 名"
