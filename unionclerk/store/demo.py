"""A generated demo union like 篇4 of the seeds: a county disease-control centre of 78 members, 44 women."""

from __future__ import annotations

import datetime as dt
import random

from unionclerk.core.activities import (
    ORGANISED_ABOVE,
    WINNER_MEMBER,
    WINNER_TEAM,
    Activity,
    Award,
)
from unionclerk.core.idcard import check_char
from unionclerk.core.members import ACTIVE, Member
from unionclerk.core.plan import DONE, IN_PROGRESS, NOT_STARTED, PlanItem, PlanYear
from unionclerk.core.settings import Settings
from unionclerk.store.activities import ActivityStore
from unionclerk.store.db import Store
from unionclerk.store.demo_ledger import build_demo_ledger
from unionclerk.store.demo_summary import add_demo_summary_notes
from unionclerk.store.demo_visits import build_demo_visits
from unionclerk.store.members import MemberQuery, MemberStore
from unionclerk.store.plan import PlanStore
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


def demo_year(today: dt.date) -> int:
    """The year the demo describes: this year from November (summary time), else last year, so it is complete."""
    return today.year if today.month >= 11 else today.year - 1


def build_demo(store: Store, *, year: int | None = None, seed: int = 2026) -> str:
    """Fill an empty database with a realistic union; returns a one-line description."""
    rng = random.Random(seed)
    today = dt.date.today()
    year = year or demo_year(today)
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
    plan_ids = _build_plans(store, year)
    activities = _build_activities(store, rng, year, plan_ids, today)
    add_demo_summary_notes(store, year)  # the summary's 存在问题和不足 (store/demo_summary.py)
    build_demo_visits(store, year, today)  # 慰问: unionclerk/store/demo_visits.py
    build_demo_ledger(store, year, today)  # 经费: a year of cash book and dues (store/demo_ledger.py)
    counts = members.counts()
    return (
        f"{counts['members'] + counts['retirees']} 名会员（在职 {counts['members']}，保留会籍 {counts['retirees']}），"
        f"在职女会员 {counts['women']} 名；{activities} 项活动；{year}、{year + 1} 年计划"
    )


# (title, category, planned month or None, planned quarter or None, responsible, status this year)
_PLAN = (
    ("召开职工代表大会，审议单位年度工作报告", "职代会/民主管理", 1, None, "工会主席", DONE),
    ("做好会员发展和会籍管理，新入职职工及时入会", "其他", None, 1, "组织委员", DONE),
    ("开展“三八”妇女节女职工活动", "文体活动", 3, None, "女工委员", DONE),
    ("组织职工春季趣味运动会", "文体活动", 4, None, "文体委员", DONE),
    ("开展“五一”先进职工评选表彰", "评先评优/表彰", 4, None, "工会主席", DONE),
    ("开展突发公共卫生事件应急处置培训", "教育培训", None, 2, "宣教委员", DONE),
    ("开展实验室检测技能比武", "劳动竞赛/技能比武", 6, None, "检验科", DONE),
    ("组织职工参加上级工会知识竞赛和文体比赛", "知识竞赛", None, 3, "文体委员", DONE),
    ("夏送清凉、金秋助学和困难职工帮扶", "帮扶/献爱心/志愿服务", None, 3, "经审委员", IN_PROGRESS),
    ("组织职工参观学习和疗休养", "参观学习/疗休养", None, 3, "工会主席", DONE),
    ("开展疾控业务知识系列培训", "教育培训", None, 4, "宣教委员", IN_PROGRESS),
    ("组织职工冬季长跑和元旦联欢", "文体活动", 12, None, "文体委员", NOT_STARTED),
)
_NEXT_PLAN = (
    ("召开职工代表大会", "职代会/民主管理", 1, None, "工会主席"),
    ("开展“三八”妇女节女职工活动", "文体活动", 3, None, "女工委员"),
    ("开展职业技能竞赛和岗位练兵", "劳动竞赛/技能比武", None, 2, "工会主席"),
    ("组织全员业务培训，每人不少于24学时", "教育培训", None, None, "宣教委员"),
    ("做好节日慰问、生日慰问和困难职工帮扶", "帮扶/献爱心/志愿服务", None, None, "经审委员"),
    ("建设职工书屋，开展读书月活动", "文体活动", 4, None, "宣教委员"),
)


def _build_plans(store: Store, year: int) -> dict[str, int]:
    plans = PlanStore(store)
    plans.save_year(
        PlanYear(
            year,
            guiding="以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《工会法》，围绕中心党政工作，"
            "突出维护职能，团结动员广大职工为推进疾控事业高质量发展贡献力量。",
            goals="建设“职工之家”，会员入会率保持在95%以上，全年开展文体活动不少于6次、业务培训不少于4次。",
        )
    )
    ids: dict[str, int] = {}
    for title, category, month, quarter, responsible, status in _PLAN:
        item = PlanItem(year, title, category=category, planned_month=month, planned_quarter=quarter)
        item.responsible, item.status = responsible, status
        ids[title] = plans.add_item(item)
    plans.save_year(
        PlanYear(
            year + 1,
            guiding="坚持以职工为中心，深化“职工之家”建设，做实维权服务，推动工会工作提质增效。",
            goals="会员入会率保持在95%以上；全年开展文体活动不少于6次、业务培训不少于4次；困难职工帮扶全覆盖。",
        )
    )
    for title, category, month, quarter, responsible in _NEXT_PLAN:
        plans.add_item(
            PlanItem(
                year + 1,
                title,
                category=category,
                planned_month=month,
                planned_quarter=quarter,
                responsible=responsible,
            )
        )
    return ids


def _build_activities(
    store: Store, rng: random.Random, year: int, plan_ids: dict[str, int], today: dt.date
) -> int:
    members = MemberStore(store)
    roster = [m for m in members.iter_members() if m.status in ("在会", "保留会籍")]
    women = [m.id for m in roster if m.sex == "女"]
    everyone = [m.id for m in roster]
    lab = [m.id for m in roster if m.department == "检验科"]

    def some(count: int, pool: list[int | None] | None = None) -> list[int]:
        chosen = rng.sample(pool or everyone, min(count, len(pool or everyone)))
        return [i for i in chosen if i is not None]

    def plan(title_start: str) -> int | None:
        return next((i for t, i in plan_ids.items() if t.startswith(title_start)), None)

    activities = [
        Activity(
            f"{year}-01-16",
            "第五届职工代表大会第三次会议",
            "职代会/民主管理",
            participant_ids=some(42),
            location="中心会议室",
            organiser="中心工会",
            plan_item_id=plan("召开职工代表大会"),
        ),
        Activity(
            f"{year}-03-07",
            "“三八”妇女节女职工登山健身活动",
            "文体活动",
            participant_ids=list(women),
            location="凤凰山",
            organiser="女工委",
            cost_fen=264000,
            plan_item_id=plan("开展“三八”"),
        ),
        Activity(
            f"{year}-04-18",
            "职工春季趣味运动会",
            "文体活动",
            participant_ids=some(64),
            location="县体育馆",
            organiser="中心工会",
            cost_fen=386050,
            plan_item_id=plan("组织职工春季"),
            awards=[
                Award("团体总分第一名", "一等奖", WINNER_TEAM, winner_text="检验科代表队", level="本单位")
            ],
        ),
        Activity(
            f"{year}-04-28",
            "“五一”先进职工表彰会",
            "评先评优/表彰",
            participant_ids=some(70),
            organiser="中心工会",
            cost_fen=150000,
            plan_item_id=plan("开展“五一”"),
            awards=[
                Award("先进工作者", "", WINNER_MEMBER, winner_member_id=i, level="本单位") for i in some(3)
            ],
        ),
        Activity(
            f"{year}-05-20",
            "突发公共卫生事件应急处置培训",
            "教育培训",
            participant_ids=some(58),
            training_tenths=60,
            location="中心会议室",
            organiser="应急办",
            cost_fen=120000,
            plan_item_id=plan("开展突发"),
        ),
        Activity(
            f"{year}-06-12",
            "实验室检测技能比武",
            "劳动竞赛/技能比武",
            participant_ids=lab + some(8),
            location="检验科实验室",
            organiser="中心工会",
            cost_fen=98000,
            plan_item_id=plan("开展实验室"),
            awards=[
                Award("技能比武", rank, WINNER_MEMBER, winner_member_id=i, level="本单位")
                for rank, i in zip(("一等奖", "二等奖", "三等奖"), lab[:3], strict=False)
            ],
        ),
        Activity(
            f"{year}-06-26",
            "县总工会“安康杯”安全生产知识竞赛",
            "知识竞赛",
            level=ORGANISED_ABOVE,
            participant_ids=some(5),
            organiser="县总工会",
            plan_item_id=plan("组织职工参加上级"),
            awards=[Award("团体二等奖", "二等奖", WINNER_TEAM, winner_text="中心代表队", level="县级")],
        ),
        Activity(
            f"{year}-07-10",
            "慢性病防治健康知识讲座",
            "教育培训",
            headcount=70,
            training_tenths=20,
            location="中心会议室",
            organiser="慢性病防治科",
        ),
        Activity(
            f"{year}-08-01",
            "“夏送清凉”慰问一线职工",
            "帮扶/献爱心/志愿服务",
            participant_ids=some(30),
            organiser="中心工会",
            cost_fen=450000,
            plan_item_id=plan("夏送清凉"),
        ),
        Activity(
            f"{year}-09-10",
            "无偿献血志愿服务",
            "帮扶/献爱心/志愿服务",
            participant_ids=some(18),
            location="县中心血站",
            organiser="中心团支部",
        ),
        Activity(
            f"{year}-09-25",
            "红色教育基地参观学习",
            "参观学习/疗休养",
            participant_ids=some(36),
            location="县革命纪念馆",
            organiser="中心工会",
            cost_fen=520000,
            plan_item_id=plan("组织职工参观"),
        ),
        Activity(
            f"{year}-10-16",
            "县卫健系统职工乒乓球比赛",
            "文体活动",
            level=ORGANISED_ABOVE,
            participant_ids=some(6, women),
            location="县体育馆",
            organiser="县卫生健康局工会",
            awards=[Award("女子单打", "第三名", WINNER_MEMBER, winner_member_id=women[0], level="县级")],
        ),
        Activity(
            f"{year}-10-29",
            "疾控业务知识培训班",
            "教育培训",
            end_date=f"{year}-10-30",
            headcount=130,
            participant_ids=some(65),
            training_tenths=120,
            location="中心会议室",
            organiser="业务科",
            cost_fen=210000,
            plan_item_id=plan("开展疾控业务"),
        ),
    ]
    store_ = ActivityStore(store)
    added = 0
    for activity in activities:
        if activity.date > today.isoformat():
            continue  # a demo made early in the year holds only what has happened
        store_.add(activity)
        added += 1
    return added
