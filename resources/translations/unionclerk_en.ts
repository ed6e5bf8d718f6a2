<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>导入…</source>
        <translation type="vanished">Import…</translation>
    </message>
    <message>
        <source>从 Excel/WPS 花名册（.xlsx/.xls/.csv）导入会员</source>
        <translation type="vanished">Import members from an Excel/WPS roster (.xlsx/.xls/.csv)</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation type="vanished">Export…</translation>
    </message>
    <message>
        <source>导出可打印的会员花名册（Excel）</source>
        <translation type="vanished">Export a printable member roster (Excel)</translation>
    </message>
    <message>
        <source>下载模板</source>
        <translation type="vanished">Download template</translation>
    </message>
    <message>
        <source>空白花名册模板：列名、示例行和填写说明</source>
        <translation type="vanished">Blank roster template: headings, an example row and instructions</translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>组织层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>参与人次</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>费用(元)</source>
        <translation>Cost (yuan)</translation>
    </message>
    <message>
        <source>获奖</source>
        <translation>Awards</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>{m}月</source>
        <translation>Month {m}</translation>
    </message>
    <message>
        <source>全部层级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>搜索：活动名称、地点、组织者、参与会员姓名</source>
        <translation type="vanished">Search: title, location, organiser, participant name</translation>
    </message>
    <message>
        <source>搜索：活动名称、地点、组织者、参与会员（姓名、拼音或首字母，如 zy）</source>
        <translation>Search: title, location, organiser, participants (name, pinyin or initials, such as zy)</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>登记一项活动</source>
        <translation>Record an activity</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>编辑选中的活动（也可双击该行）</source>
        <translation>Edit the selected activity (or double-click the row)</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>活动类别…</source>
        <translation>Categories…</translation>
    </message>
    <message>
        <source>增加、改名或删除活动类别</source>
        <translation>Add, rename or delete activity categories</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>从 Excel/WPS 活动台账（.xlsx/.xls/.csv）导入活动</source>
        <translation>Import activities from an Excel/WPS activity book (.xlsx/.xls/.csv)</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>导出所选年份的可打印活动台账（Excel）</source>
        <translation>Export the printable activity book of the selected year (Excel)</translation>
    </message>
    <message>
        <source>下载模板</source>
        <translation>Download template</translation>
    </message>
    <message>
        <source>空白活动台账模板：列名、示例行和填写说明</source>
        <translation>Blank activity book template: headings, an example row and instructions</translation>
    </message>
    <message>
        <source>全部年份</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>显示 {events} 项活动，参与 {people} 人次，培训 {hours} 学时，费用 {cost} 元</source>
        <translation>{events} activities shown, attendance {people}, training {hours} hours, cost {cost} yuan</translation>
    </message>
    <message>
        <source>删除活动</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>确定删除“{title}”（{date}）吗？参与名单和获奖情况一并删除，无法恢复。</source>
        <translation>Delete “{title}” ({date})? Its participants and awards are deleted too; this cannot be undone.</translation>
    </message>
    <message>
        <source>删除失败</source>
        <translation>Delete failed</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>编辑活动</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>新增活动</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <source>如 2026-05-12</source>
        <translation>such as 2026-05-12</translation>
    </message>
    <message>
        <source>多日活动才填</source>
        <translation>Only for events of several days</translation>
    </message>
    <message>
        <source>培训学时，如 2.5</source>
        <translation>Training hours, such as 2.5</translation>
    </message>
    <message>
        <source>元，如 1200.00</source>
        <translation>yuan, such as 1200.00</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>组织层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>组织者</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>参与人次</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>费用(元)</source>
        <translation>Cost (yuan)</translation>
    </message>
    <message>
        <source>落实计划项</source>
        <translation>Plan item carried out</translation>
    </message>
    <message>
        <source>活动成效</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>参与会员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>获奖情况</source>
        <translation>Awards</translation>
    </message>
    <message>
        <source>基本情况</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>不填即按所选 {n} 人计</source>
        <translation>Leave empty to count the {n} chosen</translation>
    </message>
    <message>
        <source>名单不详时填写人次</source>
        <translation>Enter the attendance when the list is unknown</translation>
    </message>
    <message>
        <source>（不关联）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <source>登记拨缴经费</source>
        <translation>Record a fund allocation</translation>
    </message>
    <message>
        <source>如 第一季度</source>
        <translation>e.g. first quarter</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>所属期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>工资总额(元)</source>
        <translation>Payroll (yuan)</translation>
    </message>
    <message>
        <source>留成比例</source>
        <translation>Share kept</translation>
    </message>
    <message>
        <source>登记并记账</source>
        <translation>Record and post</translation>
    </message>
    <message>
        <source>工资总额</source>
        <translation>Payroll</translation>
    </message>
    <message>
        <source>留成比例应为 0 到 100% 之间，如 60%</source>
        <translation>The share kept must be between 0 and 100%, e.g. 60%</translation>
    </message>
</context>
<context>
    <name>AwardsEditor</name>
    <message>
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>名次/等级</source>
        <translation>Place / grade</translation>
    </message>
    <message>
        <source>获奖者类别</source>
        <translation>Winner kind</translation>
    </message>
    <message>
        <source>获奖者</source>
        <translation>Winner</translation>
    </message>
    <message>
        <source>奖项级别</source>
        <translation>Award level</translation>
    </message>
    <message>
        <source>增加一行</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <source>删除选中行</source>
        <translation>Delete selected row</translation>
    </message>
    <message>
        <source>会员姓名或团队名称</source>
        <translation>Member name or team name</translation>
    </message>
</context>
<context>
    <name>BatchEditDialog</name>
    <message>
        <source>修改节日发放批次</source>
        <translation>Edit festival batch</translation>
    </message>
    <message>
        <source>{date} {festival}，{n} 人</source>
        <translation>{date} {festival}, {n} people</translation>
    </message>
    <message>
        <source>发放日期</source>
        <translation>Date given</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>每人价值（元）</source>
        <translation>Value per person (yuan)</translation>
    </message>
    <message>
        <source>每人价值</source>
        <translation>Value per person</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>BenefitRulesDialog</name>
    <message>
        <source>慰问标准</source>
        <translation>Benefit rules</translation>
    </message>
    <message>
        <source>按单位设置的省份自动选择（{p}）</source>
        <translation>Chosen from the unit&apos;s province ({p})</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>适用类别（用、分隔）</source>
        <translation>Kinds (separated by commas)</translation>
    </message>
    <message>
        <source>单次上限(元)</source>
        <translation>Cap per event (yuan)</translation>
    </message>
    <message>
        <source>每人全年上限(元)</source>
        <translation>Cap per member per year (yuan)</translation>
    </message>
    <message>
        <source>每年次数</source>
        <translation>Times a year</translation>
    </message>
    <message>
        <source>仅限会员（已离会者不享受）</source>
        <translation>Members only (not for those who have left)</translation>
    </message>
    <message>
        <source>保留会籍（退休）人员的慰问用工会经费时提示</source>
        <translation>Warn when a retiree&apos;s visit is paid from the union fund</translation>
    </message>
    <message>
        <source>集体发放的福利限会费已缴清的会员（在经费中记会费时）</source>
        <translation>Collective benefits only for members with dues paid up (when dues are kept in the ledger)</translation>
    </message>
    <message>
        <source>增加规则</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <source>删除所选规则</source>
        <translation>Delete selected rule</translation>
    </message>
    <message>
        <source>恢复原始标准</source>
        <translation>Restore shipped rules</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>{document}（{year}年）</source>
        <translation type="vanished">{document} ({year})</translation>
    </message>
    <message>
        <source>依据：{source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>放弃对“{name}”的修改，恢复程序自带的数额吗？</source>
        <translation>Discard your changes to &quot;{name}&quot; and restore the shipped amounts?</translation>
    </message>
</context>
<context>
    <name>Breach</name>
    <message>
        <source>慰问对象的会籍状态是“{status}”，已不是会员，不应享受会员福利</source>
        <translation>The recipient&apos;s membership is &quot;{status}&quot;: no longer a member, so no member benefits</translation>
    </message>
    <message>
        <source>保留会籍（退休）人员的慰问应由行政经费开支，不宜使用工会经费</source>
        <translation>Visits to retirees keeping membership should be paid by the administration, not from the union fund</translation>
    </message>
    <message>
        <source>会员欠缴{months}会费 {amount} 元，集体发放的福利应先补缴会费</source>
        <translation>Owes {amount} yuan of dues for {months}; collective benefits call for the dues to be paid first</translation>
    </message>
    <message>
        <source>本次{kind} {amount} 元，超过单次上限 {cap} 元</source>
        <translation>This {kind} comes to {amount} yuan, over the cap of {cap} yuan per event</translation>
    </message>
    <message>
        <source>{year}年{kinds}合计 {amount} 元，超过全年上限 {cap} 元</source>
        <translation>{kinds} in {year} come to {amount} yuan, over the yearly cap of {cap} yuan</translation>
    </message>
    <message>
        <source>{year}年已有 {count} 次{kinds}，每年限 {times} 次</source>
        <translation>{count} {kinds} already in {year}; the limit is {times} a year</translation>
    </message>
    <message>
        <source>{year}年{month}月</source>
        <translation type="vanished">{month}/{year}</translation>
    </message>
    <message>
        <source>仅限会员</source>
        <translation>Members only</translation>
    </message>
    <message>
        <source>退休人员慰问由行政经费开支</source>
        <translation>Retirees are paid by the administration</translation>
    </message>
    <message>
        <source>集体福利限按时缴纳会费的会员</source>
        <translation>Collective benefits only for members whose dues are paid</translation>
    </message>
    <message>
        <source>{message}（{rule}，依据：{source}）</source>
        <translation>{message} ({rule}; source: {source})</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>活动类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>类别名称</source>
        <translation>Category name</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>{n} 项活动</source>
        <translation>{n} activities</translation>
    </message>
</context>
<context>
    <name>CloseYearDialog</name>
    <message>
        <source>{year}年结账</source>
        <translation>Close the year {year}</translation>
    </message>
    <message>
        <source>期初 {o} 元，收入 {i} 元，支出 {e} 元，账面期末余额 {c} 元</source>
        <translation>Opening {o} yuan, income {i} yuan, expense {e} yuan, closing balance in the books {c} yuan</translation>
    </message>
    <message>
        <source>银行存款 + 库存现金</source>
        <translation>Bank deposits + cash in hand</translation>
    </message>
    <message>
        <source>实有余额(元)</source>
        <translation>Balance actually held (yuan)</translation>
    </message>
    <message>
        <source>结账后本年分录锁定，不能再增加、修改或删除；如需更正须反结账并说明原因。</source>
        <translation>Once closed, the year&apos;s entries are locked: nothing can be added, changed or deleted; to correct them, reopen the year and give the reason.</translation>
    </message>
    <message>
        <source>结账</source>
        <translation>Close year</translation>
    </message>
    <message>
        <source>请填写实有余额</source>
        <translation>Enter the balance actually held</translation>
    </message>
    <message>
        <source>实有余额</source>
        <translation>Balance actually held</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <source>登记会费收缴（{year}年）</source>
        <translation>Record dues collected ({year})</translation>
    </message>
    <message>
        <source>{m}月</source>
        <translation>{m}</translation>
    </message>
    <message>
        <source>按收缴周期（设置：{p}）</source>
        <translation>By collection period (setting: {p})</translation>
    </message>
    <message>
        <source>收</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>应缴(元)</source>
        <translation>Due (yuan)</translation>
    </message>
    <message>
        <source>实收(元)</source>
        <translation>Received (yuan)</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>收缴日期</source>
        <translation>Date collected</translation>
    </message>
    <message>
        <source>会费</source>
        <translation>Dues</translation>
    </message>
    <message>
        <source>登记并记账</source>
        <translation>Record and post</translation>
    </message>
    <message>
        <source>{n}的实收</source>
        <translation>Amount received from {n}</translation>
    </message>
    <message>
        <source>实收金额有误</source>
        <translation>An amount received is wrong</translation>
    </message>
    <message>
        <source>合计实收 {t} 元（记入 401 会费收入）</source>
        <translation>Received in all {t} yuan (posted to 401 Dues income)</translation>
    </message>
    <message>
        <source>请填写收缴日期</source>
        <translation>Enter the date collected</translation>
    </message>
    <message>
        <source>收缴日期应在{year}年内</source>
        <translation>The date collected must be in {year}</translation>
    </message>
    <message>
        <source>没有勾选要登记的会员</source>
        <translation>No member is ticked</translation>
    </message>
</context>
<context>
    <name>ComplianceDialog</name>
    <message>
        <source>{year}年慰问合规检查</source>
        <translation>{year} benefit rules compliance</translation>
    </message>
</context>
<context>
    <name>DuesModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>月缴(元)</source>
        <translation>Monthly (yuan)</translation>
    </message>
    <message>
        <source>{m}月</source>
        <translation>{m}</translation>
    </message>
    <message>
        <source>应缴合计</source>
        <translation>Total due</translation>
    </message>
    <message>
        <source>已缴合计</source>
        <translation>Total paid</translation>
    </message>
    <message>
        <source>欠缴</source>
        <translation>Owing</translation>
    </message>
    <message>
        <source>欠缴月份：{months}</source>
        <translation>Months unpaid: {months}</translation>
    </message>
    <message>
        <source>会籍变动日期不详，这个月是否在会无法确定，不计应缴</source>
        <translation>The date of a status change is not known: whether this month was a member&apos;s cannot be said, so nothing is due</translation>
    </message>
    <message>
        <source>应缴 {due} 元，已缴 {paid} 元</source>
        <translation>Due {due} yuan, paid {paid} yuan</translation>
    </message>
    <message>
        <source>未填基数</source>
        <translation>No wage base</translation>
    </message>
    <message>
        <source>不详</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>未缴</source>
        <translation>Unpaid</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>编辑分录</source>
        <translation>Edit entry</translation>
    </message>
    <message>
        <source>新增分录（{year}年）</source>
        <translation>New entry ({year})</translation>
    </message>
    <message>
        <source>自动：{n}</source>
        <translation>Automatic: {n}</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>科目</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>收入(元)</source>
        <translation>Income (yuan)</translation>
    </message>
    <message>
        <source>支出(元)</source>
        <translation>Expense (yuan)</translation>
    </message>
    <message>
        <source>付款人/收款人</source>
        <translation>Payer/payee</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>程序错误</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>unionclerk 出现了程序错误。已保存的数据不受影响，未保存的修改可能没有保存。</source>
        <translation>unionclerk hit a program error. Saved data is not affected; unsaved changes may not have been saved.</translation>
    </message>
    <message>
        <source>详细信息已记入日志：%1</source>
        <translation>The details were written to the log: %1</translation>
    </message>
    <message>
        <source>请把下面的详细信息复制给维护人员。</source>
        <translation>Please copy the details below to the maintainer.</translation>
    </message>
    <message>
        <source>复制详细信息</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>导出会员花名册</source>
        <translation>Export member roster</translation>
    </message>
    <message>
        <source>表格中当前显示的 {n} 人（按当前筛选和排序）</source>
        <translation>The {n} members shown in the table (current filter and sort)</translation>
    </message>
    <message>
        <source>全部会员记录</source>
        <translation>All member records</translation>
    </message>
    <message>
        <source>写出完整身份证号（默认隐去出生日期8位）</source>
        <translation>Write full ID numbers (by default the 8 birth-date digits are hidden)</translation>
    </message>
    <message>
        <source>打印用的列（横向A4一页宽）</source>
        <translation>Columns for printing (one landscape A4 page wide)</translation>
    </message>
    <message>
        <source>全部列（可再导入本程序）</source>
        <translation>All columns (can be imported again)</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已导出 {n} 人到 {path}</source>
        <translation>Exported {n} members to {path}</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>上半年</source>
        <translation>First half</translation>
    </message>
    <message>
        <source>下半年</source>
        <translation>Second half</translation>
    </message>
    <message>
        <source>自定义期间</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <source>工作总结暨工作计划</source>
        <translation>Work summary and plan</translation>
    </message>
    <message>
        <source>工作总结</source>
        <translation>Work summary</translation>
    </message>
    <message>
        <source>工作计划</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <source>重新生成</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <source>按最新的台账数据重新生成；您修改过的段落不会被覆盖</source>
        <translation>Write it again from the latest records; paragraphs you edited are not overwritten</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>文档</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>选中左边的一段，在这里修改</source>
        <translation>Select a paragraph on the left and edit it here</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>恢复生成的文字</source>
        <translation>Restore the generated text</translation>
    </message>
    <message>
        <source>放弃对这一段的修改，改用按台账数据生成的文字</source>
        <translation>Drop your edit of this paragraph and use the text written from the records</translation>
    </message>
    <message>
        <source>保留我的修改</source>
        <translation>Keep my text</translation>
    </message>
    <message>
        <source>采用新生成的文字</source>
        <translation>Take the new text</translation>
    </message>
    <message>
        <source>修改选中的段落</source>
        <translation>Edit the selected paragraph</translation>
    </message>
    <message>
        <source>存在问题和不足：由您填写，每段一行；不填则总结中没有这一部分</source>
        <translation>Problems and shortcomings: written by you, one paragraph a line; left empty, the summary has no such part</translation>
    </message>
    <message>
        <source>保存“存在问题和不足”</source>
        <translation>Save &quot;Problems and shortcomings&quot;</translation>
    </message>
    <message>
        <source>存在问题和不足（本期间）</source>
        <translation>Problems and shortcomings (this period)</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>保存为 Word…</source>
        <translation>Save as Word…</translation>
    </message>
    <message>
        <source>按公文格式（GB/T 9704）保存为 .docx，可在 Word/WPS 中继续修改</source>
        <translation>Save as .docx in the official layout (GB/T 9704), to edit further in Word/WPS</translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>会员花名册…</source>
        <translation>Member roster…</translation>
    </message>
    <message>
        <source>活动台账…</source>
        <translation>Activities book…</translation>
    </message>
    <message>
        <source>年度计划…</source>
        <translation>Year plan…</translation>
    </message>
    <message>
        <source>慰问台账…</source>
        <translation>Visits book…</translation>
    </message>
    <message>
        <source>经费收支明细账…</source>
        <translation>Cash book…</translation>
    </message>
    <message>
        <source>导出所选年度的可打印 Excel 台账</source>
        <translation>Export the chosen year&apos;s printable Excel book</translation>
    </message>
    <message>
        <source>年终移交包…</source>
        <translation>Year-end handover pack…</translation>
    </message>
    <message>
        <source>把所选年度的全部台账、工作总结（Word 和 PDF）和检查过的数据文件副本写进一个新文件夹</source>
        <translation>Write the chosen year&apos;s books, the work summary (Word and PDF) and a checked copy of the data file into a new folder</translation>
    </message>
    <message>
        <source>正在按台账数据生成…</source>
        <translation>Writing the draft from the records…</translation>
    </message>
    <message>
        <source>无法生成：{error}</source>
        <translation>Could not write the draft: {error}</translation>
    </message>
    <message>
        <source>您修改过这一段，但它所依据的数据已经变化</source>
        <translation>You edited this paragraph, but the records it was written from have changed</translation>
    </message>
    <message>
        <source>您修改过这一段</source>
        <translation>You edited this paragraph</translation>
    </message>
    <message>
        <source>有 {n} 段您修改过的文字（红色）所依据的数据已经变化：选中该段，可保留修改或采用新生成的文字。</source>
        <translation>{n} paragraphs you edited (in red) were written from records that have since changed: select one to keep your text or take the new one.</translation>
    </message>
    <message>
        <source>另有 {n} 段修改过的文字所对应的段落现在不再生成（如活动类别已改名），未显示。</source>
        <translation>{n} more edited paragraphs are no longer produced by the records (a renamed activity category, say) and are not shown.</translation>
    </message>
    <message>
        <source>蓝色的 {n} 段是您修改过的文字，重新生成不会覆盖。</source>
        <translation>The {n} paragraphs in blue are your edits; regenerating does not overwrite them.</translation>
    </message>
    <message>
        <source>数据已变化。修改时生成的文字是：</source>
        <translation>The records have changed. When you edited it, the generated text was:</translation>
    </message>
    <message>
        <source>现在生成的文字是：</source>
        <translation>Now the generated text is:</translation>
    </message>
    <message>
        <source>不能保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>段落不能为空；不要这段文字时，请在 Word 文档中删除。</source>
        <translation>A paragraph cannot be empty; to drop it, delete it in the Word document.</translation>
    </message>
    <message>
        <source>期间有误</source>
        <translation>Invalid period</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>保存为 Word 文档</source>
        <translation>Save as Word document</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>无法写入“{path}”：{error}</source>
        <translation>Cannot write &quot;{path}&quot;: {error}</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>打印预览：{title}</source>
        <translation>Print preview: {title}</translation>
    </message>
    <message>
        <source>选择存放{year}年度移交包的位置</source>
        <translation>Choose where to put the handover pack of {year}</translation>
    </message>
    <message>
        <source>正在写出移交包…</source>
        <translation>Writing the handover pack…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>年终移交包</source>
        <translation>Year-end handover pack</translation>
    </message>
    <message>
        <source>正在写出：{title}</source>
        <translation>Writing: {title}</translation>
    </message>
    <message>
        <source>已取消，移交包没有写出。</source>
        <translation>Cancelled; no handover pack was written.</translation>
    </message>
    <message>
        <source>移交包没有写出</source>
        <translation>The handover pack was not written</translation>
    </message>
    <message>
        <source>移交包已写出</source>
        <translation>Handover pack written</translation>
    </message>
    <message>
        <source>已写出 {n} 个文件到：
{folder}</source>
        <translation>Wrote {n} files to:
{folder}</translation>
    </message>
</context>
<context>
    <name>FestivalBatchDialog</name>
    <message>
        <source>节日慰问发放</source>
        <translation>Festival distribution</translation>
    </message>
    <message>
        <source>实物，如 大米、食用油（不得发现金或购物卡）</source>
        <translation>Goods, e.g. rice and cooking oil (no cash or shopping cards)</translation>
    </message>
    <message>
        <source>每人价值，元</source>
        <translation>Value per person, yuan</translation>
    </message>
    <message>
        <source>全体在会会员</source>
        <translation>All active members</translation>
    </message>
    <message>
        <source>在会会员及保留会籍（退休）人员</source>
        <translation>Active members and retirees keeping membership</translation>
    </message>
    <message>
        <source>一个部门</source>
        <translation>One department</translation>
    </message>
    <message>
        <source>当前筛选的会员</source>
        <translation>Members in the current filter</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>有人超出慰问标准时必填：为什么仍然发放</source>
        <translation>Required when someone exceeds the rules: why it is given anyway</translation>
    </message>
    <message>
        <source>节日</source>
        <translation>Festival</translation>
    </message>
    <message>
        <source>发放日期</source>
        <translation>Date given</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>每人价值（元）</source>
        <translation>Value per person (yuan)</translation>
    </message>
    <message>
        <source>经费来源</source>
        <translation>Source of funds</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>发放对象</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>每人价值</source>
        <translation>Value per person</translation>
    </message>
    <message>
        <source>超标理由</source>
        <translation>Reason for exceeding</translation>
    </message>
    <message>
        <source>确认发放</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>日历库没有{year}年的假期数据，请自行填写日期</source>
        <translation>The holiday calendar has no data for {year}; please type the date</translation>
    </message>
    <message>
        <source>（{festival}假期前最后一个工作日）</source>
        <translation>(last working day before the {festival} holiday)</translation>
    </message>
    <message>
        <source>发放 {n} 人（共 {all} 人，取消勾选即不发）</source>
        <translation>Giving to {n} people (of {all}; untick to leave someone out)</translation>
    </message>
    <message>
        <source>发放日期不能为空</source>
        <translation>The date given is required</translation>
    </message>
    <message>
        <source>请填写每人价值</source>
        <translation>Please fill in the value per person</translation>
    </message>
    <message>
        <source>没有勾选任何人</source>
        <translation>Nobody is ticked</translation>
    </message>
    <message>
        <source>有 {n} 人超出慰问标准（见上方提示）：如确需发放，请填写理由</source>
        <translation>{n} people exceed the benefit rules (see above): if it must be given, fill in a reason</translation>
    </message>
    <message>
        <source>将为 {n} 人各登记一条{festival}慰问：{goods}，每人 {value} 元，合计 {total} 元。确定吗？</source>
        <translation>Record a {festival} gift for each of {n} people: {goods}, {value} yuan each, {total} yuan in all. Go ahead?</translation>
    </message>
    <message>
        <source>发放日期 {date} 在一个多月以后，请核对。</source>
        <translation>The date given, {date}, is more than a month ahead: please check it.</translation>
    </message>
    <message>
        <source>{n} 人超出慰问标准：</source>
        <translation>{n} people exceed the benefit rules:</translation>
    </message>
    <message>
        <source>……另有 {n} 人</source>
        <translation>… and {n} more</translation>
    </message>
</context>
<context>
    <name>FormErrorLabel</name>
    <message>
        <source>{label}：{message}</source>
        <translation>{label}: {message}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>导入{book}</source>
        <translation>Import {book}</translation>
    </message>
    <message>
        <source>尚未选择文件</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>以下列名不认识，请指定对应的字段（或记入备注、忽略）：</source>
        <translation>These column headings are not recognised; choose the field for each (or keep in notes, or ignore):</translation>
    </message>
    <message>
        <source>文件中的列名</source>
        <translation>Heading in the file</translation>
    </message>
    <message>
        <source>对应字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>按此对应重新检查</source>
        <translation>Check again with this mapping</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>全部导入：有任何错误就不导入（推荐）</source>
        <translation>All or nothing: import nothing if any row has an error (recommended)</translation>
    </message>
    <message>
        <source>只导入没有错误的行，其余行另存为错误工作簿改正后再导入</source>
        <translation>Import only the rows without errors; save the others as an error workbook to correct and re-import</translation>
    </message>
    <message>
        <source>保存错误工作簿…</source>
        <translation>Save error workbook…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>选择要导入的{book}</source>
        <translation>Choose the {book} to import</translation>
    </message>
    <message>
        <source>正在读取和检查…</source>
        <translation>Reading and checking…</translation>
    </message>
    <message>
        <source>无法读取数据文件：{why}</source>
        <translation>Cannot read the data file: {why}</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>读取 {rows} 行（表头在第 {header} 行）：{ok} 行可以导入，{bad} 行有错误，另有 {warn} 条提示。</source>
        <translation>Read {rows} rows (headings in row {header}): {ok} can be imported, {bad} have errors, plus {warn} notices.</translation>
    </message>
    <message>
        <source>记入备注</source>
        <translation>Keep in notes</translation>
    </message>
    <message>
        <source>忽略（不导入）</source>
        <translation>Ignore (do not import)</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>未写入任何数据。
{why}</source>
        <translation>Nothing was written.
{why}</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>保存错误工作簿</source>
        <translation>Save error workbook</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>{count} 行已写入 {name}，改正后可再次导入。</source>
        <translation>{count} rows written to {name}; correct them and import again.</translation>
    </message>
    <message>
        <source>保存导入模板</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <source>{book}模板.xlsx</source>
        <translation>{book} template.xlsx</translation>
    </message>
    <message>
        <source>模板已保存</source>
        <translation>Template saved</translation>
    </message>
    <message>
        <source>导入模板已保存到：
{path}
填好后用“导入…”读入。</source>
        <translation>The import template was saved to:
{path}
Fill it in, then read it with “Import…”.</translation>
    </message>
    <message>
        <source>{year}年{book}</source>
        <translation>{book} {year}</translation>
    </message>
    <message>
        <source>导出{title}</source>
        <translation>Export {title}</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已导出{title}（{n} 行）到 {path}</source>
        <translation>Exported {title} ({n} rows) to {path}</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>科目</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>收入(元)</source>
        <translation>Income (yuan)</translation>
    </message>
    <message>
        <source>支出(元)</source>
        <translation>Expense (yuan)</translation>
    </message>
    <message>
        <source>余额(元)</source>
        <translation>Balance (yuan)</translation>
    </message>
    <message>
        <source>付款人/收款人</source>
        <translation>Payer/payee</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>{m}月</source>
        <translation>{m}</translation>
    </message>
    <message>
        <source>搜索：摘要、付款人/收款人、备注</source>
        <translation>Search: description, payer/payee, notes</translation>
    </message>
    <message>
        <source>科目</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>收支账</source>
        <translation>Cash book</translation>
    </message>
    <message>
        <source>会费</source>
        <translation>Dues</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>经费</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>新增分录</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>编辑选中的分录（也可双击该行）</source>
        <translation>Edit the selected entry (or double-click its row)</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>收会费…</source>
        <translation>Collect dues…</translation>
    </message>
    <message>
        <source>登记会费收缴：全员已缴，取消勾选未缴的人；可改实收金额</source>
        <translation>Record dues collected: everyone is ticked as paid; untick who did not pay, change an amount for a partial payment</translation>
    </message>
    <message>
        <source>拨缴经费…</source>
        <translation>Fund allocation…</translation>
    </message>
    <message>
        <source>活动费用记账…</source>
        <translation>Post activity costs…</translation>
    </message>
    <message>
        <source>慰问记账…</source>
        <translation>Post visits…</translation>
    </message>
    <message>
        <source>把本年用工会经费支出的慰问（节日发放合为一笔）记入经费收支账</source>
        <translation>Post this year&apos;s visits paid from the union fund to the cash book (a festival distribution as one entry)</translation>
    </message>
    <message>
        <source>自动记账</source>
        <translation>Post automatically</translation>
    </message>
    <message>
        <source>勾选后，活动登记了费用就自动记入经费收支账（单位设置：活动费用自动记账）</source>
        <translation>When ticked, an activity&apos;s cost goes to the cash book as soon as it is recorded (setting: post activity costs automatically)</translation>
    </message>
    <message>
        <source>科目子目…</source>
        <translation>Subjects…</translation>
    </message>
    <message>
        <source>会计科目表；可在科目下增加或改名本单位的明细子目</source>
        <translation>The chart of accounts; add or rename the unit&apos;s own sub-items under a subject</translation>
    </message>
    <message>
        <source>期初余额…</source>
        <translation>Opening balance…</translation>
    </message>
    <message>
        <source>结账…</source>
        <translation>Close year…</translation>
    </message>
    <message>
        <source>反结账…</source>
        <translation>Reopen year…</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>经费收支明细账（所选月份或全年）…</source>
        <translation>Cash book (chosen month or year)…</translation>
    </message>
    <message>
        <source>会费收缴台账（全年）…</source>
        <translation>Dues register (whole year)…</translation>
    </message>
    <message>
        <source>收支公示表（所选月份）…</source>
        <translation>Public statement (chosen month)…</translation>
    </message>
    <message>
        <source>收入支出表（所选月份或全年）…</source>
        <translation>Income and expenditure statement (chosen month or year)…</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>从 Excel/WPS 经费账（.xlsx/.xls/.csv）导入分录</source>
        <translation>Import entries from an Excel/WPS cash book (.xlsx/.xls/.csv)</translation>
    </message>
    <message>
        <source>下载模板</source>
        <translation>Download template</translation>
    </message>
    <message>
        <source>全部科目</source>
        <translation>All subjects</translation>
    </message>
    <message>
        <source>显示 {n} 笔：收入 {i} 元，支出 {e} 元，收支差额 {d} 元</source>
        <translation>Showing {n} entries: income {i} yuan, expense {e} yuan, difference {d} yuan</translation>
    </message>
    <message>
        <source>期初 {o} 元&#x3000;本年收入 {i} 元&#x3000;本年支出 {e} 元&#x3000;期末 {c} 元</source>
        <translation>Opening {o} yuan   income this year {i} yuan   expense this year {e} yuan   closing {c} yuan</translation>
    </message>
    <message>
        <source>&#x3000;【{d} 已结账】</source>
        <translation>   [closed on {d}]</translation>
    </message>
    <message>
        <source>{n} 名会员：全年应缴 {d} 元，已缴 {p} 元，到期未缴 {o} 元；本年收缴入账 {c} 元</source>
        <translation>{n} members: due for the year {d} yuan, paid {p} yuan, owing to date {o} yuan; collected and posted this year {c} yuan</translation>
    </message>
    <message>
        <source> 等 {n} 人</source>
        <translation> and others, {n} in all</translation>
    </message>
    <message>
        <source>连续六个月以上未缴会费（有自动退会风险）：{names}</source>
        <translation>Six months or more of dues unpaid (risk of automatic loss of membership): {names}</translation>
    </message>
    <message>
        <source>无法保存设置</source>
        <translation>Could not save the setting</translation>
    </message>
    <message>
        <source>记账分录未同步</source>
        <translation>Entries not brought up to date</translation>
    </message>
    <message>
        <source>
它由“{source}”生成；删除后来源不再记账。</source>
        <translation>
It was posted from “{source}”; once deleted, that source is no longer in the books.</translation>
    </message>
    <message>
        <source>删除分录</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <source>确定删除 {date} 凭证{voucher}“{summary}”吗？</source>
        <translation>Delete voucher {voucher} of {date}, “{summary}”?</translation>
    </message>
    <message>
        <source>删除失败</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <source>慰问记账</source>
        <translation>Post visits</translation>
    </message>
    <message>
        <source>{y}年用工会经费的慰问都已记账。</source>
        <translation>Every visit of {y} paid from the union fund is in the cash book.</translation>
    </message>
    <message>
        <source>把{y}年 {n} 笔慰问（合计 {t} 元）记入经费收支账吗？每笔与慰问记录关联，不会重复记账。</source>
        <translation>Post {n} visits of {y} ({t} yuan in all) to the cash book? Each is linked to its visit and never counted twice.</translation>
    </message>
    <message>
        <source>收支公示表</source>
        <translation>Public statement</translation>
    </message>
    <message>
        <source>请先在“收支账”中选择要公示的月份。</source>
        <translation>First choose the month to publish on the “Cash book” page.</translation>
    </message>
    <message>
        <source>{y}年经费收支明细账</source>
        <translation>Cash book {y}</translation>
    </message>
    <message>
        <source>{y}年会费收缴台账</source>
        <translation>Dues register {y}</translation>
    </message>
    <message>
        <source>{y}年{m}月收支公示表</source>
        <translation>Public statement {y}-{m}</translation>
    </message>
    <message>
        <source>{y}年{m}月收入支出表</source>
        <translation>Income and expenditure statement {y}-{m}</translation>
    </message>
    <message>
        <source>{y}年收入支出表</source>
        <translation>Income and expenditure statement {y}</translation>
    </message>
    <message>
        <source>导出{t}</source>
        <translation>Export {t}</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已导出{t}到 {p}</source>
        <translation>Exported {t} to {p}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>慰问</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>经费</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>只读打开：这个数据文件在不能写入的位置（如写保护的U盘、光盘或只读文件夹），可以查看和导出，不能修改。要修改，请把它复制到可写的位置后再打开。</source>
        <translation>Read-only: this data file is in a place that cannot be written (a write-protected USB stick, a CD or a read-only folder). You can view and export, but not change anything. To make changes, copy it to a writable place and open the copy.</translation>
    </message>
    <message>
        <source>今天的自动备份没有完成：</source>
        <translation>Today&apos;s automatic backup was not taken: </translation>
    </message>
    <message>
        <source>打开数据文件…</source>
        <translation>Open data file…</translation>
    </message>
    <message>
        <source>新建数据文件…</source>
        <translation>New data file…</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>恢复…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>单位设置…</source>
        <translation>Unit settings…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>关于 unionclerk</source>
        <translation>About unionclerk</translation>
    </message>
    <message>
        <source>打开数据文件所在文件夹</source>
        <translation>Open the data file&apos;s folder</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>新增记录</source>
        <translation>New record</translation>
    </message>
    <message>
        <source>编辑选中的记录</source>
        <translation>Edit selected record</translation>
    </message>
    <message>
        <source>删除选中的记录…</source>
        <translation>Delete selected record…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>【演示数据】</source>
        <translation>[Demo data] </translation>
    </message>
    <message>
        <source>【只读】</source>
        <translation>[Read-only] </translation>
    </message>
    <message>
        <source>unionclerk 数据文件 (*.db *.sqlite);;所有文件 (*)</source>
        <translation>unionclerk data files (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>这个文件已经打开：%1</source>
        <translation>This file is already open: %1</translation>
    </message>
    <message>
        <source>无法打开数据文件</source>
        <translation>Cannot open data file</translation>
    </message>
    <message>
        <source>当前文件“%1”仍然打开着。</source>
        <translation>The current file “%1” is still open.</translation>
    </message>
    <message>
        <source>打开数据文件</source>
        <translation>Open data file</translation>
    </message>
    <message>
        <source>新建数据文件</source>
        <translation>New data file</translation>
    </message>
    <message>
        <source>文件已存在</source>
        <translation>File exists</translation>
    </message>
    <message>
        <source>“%1”已存在，新建不会覆盖它。要打开它，请用“打开数据文件”。</source>
        <translation>“%1” already exists; New will not overwrite it. To open it, use “Open data file”.</translation>
    </message>
    <message>
        <source>备份失败</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>已备份到 %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>已备份</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>已备份到：
%1</source>
        <translation>Backed up to:
%1</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>界面语言将在重新启动 unionclerk 后生效。</source>
        <translation>The interface language will change when unionclerk is restarted.</translation>
    </message>
    <message>
        <source>unionclerk %1
基层工会台账与工作总结。

数据文件：%2</source>
        <translation>unionclerk %1
Books and yearly work summary of a grassroots trade union.

Data file: %2</translation>
    </message>
</context>
<context>
    <name>MemberActivitiesDialog</name>
    <message>
        <source>{name}参加的活动</source>
        <translation>Activities of {name}</translation>
    </message>
    <message>
        <source>{name}共参加 {n} 项活动，获奖 {w} 项</source>
        <translation>{name} took part in {n} activities and won {w} awards</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>个人获奖</source>
        <translation>Individual award</translation>
    </message>
</context>
<context>
    <name>MemberChooser</name>
    <message>
        <source>搜索会员：姓名、拼音或首字母（如 zs）、电话</source>
        <translation>Search members: name, pinyin or initials (e.g. zs), phone</translation>
    </message>
    <message>
        <source>未选择会员</source>
        <translation>No member chosen</translation>
    </message>
    <message>
        <source>已选：{name}（{dept}，{status}）</source>
        <translation>Chosen: {name} ({dept}, {status})</translation>
    </message>
    <message>
        <source>未填部门</source>
        <translation>No department</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>编辑会员</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <source>新增会员</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>18位，末位可为X；15位旧号自动转换</source>
        <translation>18 characters, the last may be X; old 15-digit numbers are converted</translation>
    </message>
    <message>
        <source>如 1985-03-01，可由身份证号带出</source>
        <translation>such as 1985-03-01; filled in from the ID number</translation>
    </message>
    <message>
        <source>如 2020-07-01</source>
        <translation>such as 2020-07-01</translation>
    </message>
    <message>
        <source>手机11位，座机如 0871-1234567</source>
        <translation>Mobile: 11 digits; landline such as 0871-1234567</translation>
    </message>
    <message>
        <source>元，如 5678.00</source>
        <translation>yuan, such as 5678.00</translation>
    </message>
    <message>
        <source>困难职工</source>
        <translation>In hardship</translation>
    </message>
    <message>
        <source>不填则为入会日期</source>
        <translation type="vanished">Leave empty to use the join date</translation>
    </message>
    <message>
        <source>在会：入会日期；其他状态不填则记为日期不详</source>
        <translation>Active: the join date; for other statuses leave empty when the date is not known</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>部门/工会小组</source>
        <translation>Department / union group</translation>
    </message>
    <message>
        <source>职务/岗位</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <source>入会日期</source>
        <translation>Join date</translation>
    </message>
    <message>
        <source>会员证号</source>
        <translation>Membership card no.</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>月缴费基数(元)</source>
        <translation>Monthly wage base (yuan)</translation>
    </message>
    <message>
        <source>困难类型</source>
        <translation>Hardship type</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>会籍状态</source>
        <translation>Membership status</translation>
    </message>
    <message>
        <source>状态日期</source>
        <translation>Status date</translation>
    </message>
    <message>
        <source>{status}（{date}）</source>
        <translation>{status} ({date})</translation>
    </message>
    <message>
        <source>日期不详</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>状态日期不能晚于今天</source>
        <translation>The status date cannot be later than today</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>搜索会员：姓名、拼音首字母（如 zs）、电话、部门</source>
        <translation type="vanished">Search members: name, pinyin initials (such as zs), phone, department</translation>
    </message>
    <message>
        <source>搜索会员：姓名、拼音或首字母（如 zy）、电话、部门</source>
        <translation>Search members: name, pinyin or initials (such as zy), phone, department</translation>
    </message>
    <message>
        <source>添加 →</source>
        <translation>Add →</translation>
    </message>
    <message>
        <source>添加全部结果</source>
        <translation>Add all results</translation>
    </message>
    <message>
        <source>← 移除</source>
        <translation>← Remove</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>……还有 {n} 人，请输入更多字缩小范围</source>
        <translation>… {n} more; type more to narrow the list</translation>
    </message>
    <message>
        <source>已在参与会员中</source>
        <translation>Already a participant</translation>
    </message>
    <message>
        <source>已选参与会员：{n} 人</source>
        <translation>Chosen participants: {n}</translation>
    </message>
</context>
<context>
    <name>MemberVisitsDialog</name>
    <message>
        <source>{name}的慰问记录</source>
        <translation>Visits to {name}</translation>
    </message>
    <message>
        <source>{name}共受慰问 {n} 次，合计 {total} 元。标准：{rules}</source>
        <translation>{name} received {n} visits, {total} yuan in all. Rules: {rules}</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>慰问对象</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>慰问金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>慰问品</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>价值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>经费来源</source>
        <translation>Source of funds</translation>
    </message>
    <message>
        <source>超出 {x} 元</source>
        <translation>{x} yuan over</translation>
    </message>
    <message>
        <source>余 {x} 元</source>
        <translation>{x} yuan left</translation>
    </message>
    <message>
        <source>全年合计</source>
        <translation>Year total</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>合计(元)</source>
        <translation>Total (yuan)</translation>
    </message>
    <message>
        <source>全年上限(元)</source>
        <translation>Yearly cap (yuan)</translation>
    </message>
    <message>
        <source>对照</source>
        <translation>Against the cap</translation>
    </message>
    <message>
        <source>按年度合计（对照慰问标准的全年上限）</source>
        <translation>Totals by year (against the yearly caps of the benefit rules)</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>姓名</source>
        <comment>short column header</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <comment>short column header</comment>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <comment>short column header</comment>
        <translation>Born</translation>
    </message>
    <message>
        <source>部门/工会小组</source>
        <comment>short column header</comment>
        <translation>Dept.</translation>
    </message>
    <message>
        <source>职务/岗位</source>
        <comment>short column header</comment>
        <translation>Position</translation>
    </message>
    <message>
        <source>联系电话</source>
        <comment>short column header</comment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>身份证号</source>
        <comment>short column header</comment>
        <translation>ID number</translation>
    </message>
    <message>
        <source>入会日期</source>
        <comment>short column header</comment>
        <translation>Joined</translation>
    </message>
    <message>
        <source>会籍状态</source>
        <comment>short column header</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>政治面貌</source>
        <comment>short column header</comment>
        <translation>Politics</translation>
    </message>
    <message>
        <source>人员类别</source>
        <comment>short column header</comment>
        <translation>Staff</translation>
    </message>
    <message>
        <source>困难职工</source>
        <comment>short column header</comment>
        <translation>Hardship</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>部门/工会小组</source>
        <translation>Department / union group</translation>
    </message>
    <message>
        <source>职务/岗位</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>入会日期</source>
        <translation>Join date</translation>
    </message>
    <message>
        <source>会籍状态</source>
        <translation>Membership status</translation>
    </message>
    <message>
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <source>困难职工</source>
        <translation>In hardship</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>搜索：姓名、拼音或首字母（如 zs）、电话、身份证号后几位、部门</source>
        <translation type="vanished">Search: name, pinyin or initials (such as zs), phone, last digits of the ID, department</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>会员（在会+保留会籍）</source>
        <translation>Members (active + retained)</translation>
    </message>
    <message>
        <source>会籍变动记录</source>
        <translation>Membership history</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>新增会员</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>编辑选中的会员（也可双击该行）</source>
        <translation>Edit the selected member (or double-click the row)</translation>
    </message>
    <message>
        <source>变更会籍状态</source>
        <translation>Change membership status</translation>
    </message>
    <message>
        <source>退休、转出、退会等：按日期记入变动记录</source>
        <translation>Retirement, transfer, leaving…: recorded with their date in the history</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>只用于删除误录的会员；已离开的会员请变更会籍状态</source>
        <translation>Only for members entered by mistake; for members who left, change their membership status</translation>
    </message>
    <message>
        <source>参加的活动</source>
        <translation>Activities taken part in</translation>
    </message>
    <message>
        <source>选中会员参加过的活动和获奖情况</source>
        <translation>Activities and awards of the selected member</translation>
    </message>
    <message>
        <source>慰问记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>选中会员受到的每一次慰问，及各年度合计对照慰问标准</source>
        <translation>Every visit to the selected member, with yearly totals against the benefit rules</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>会员 {members} 人，女 {women} 人，困难职工 {hardship} 人；列表显示 {shown} 人</source>
        <translation type="vanished">Members {members}, women {women}, in hardship {hardship}; {shown} shown</translation>
    </message>
    <message>
        <source>会籍变动记录：{name}</source>
        <translation>Membership history: {name}</translation>
    </message>
    <message>
        <source>日期不详</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>删除会员</source>
        <translation>Delete member</translation>
    </message>
    <message>
        <source>确定删除{name}吗？删除后无法恢复。
已离开工会的会员请改用“变更会籍状态”。</source>
        <translation>Delete {name}? This cannot be undone.
For members who left the union, use “Change membership status” instead.</translation>
    </message>
    <message>
        <source>搜索：姓名、拼音或首字母（如 zy）、电话、身份证号后几位、部门</source>
        <translation>Search: name, pinyin or initials (such as zy), phone, last digits of the ID, department</translation>
    </message>
    <message>
        <source>在职会员 {members} 人，保留会籍 {retirees} 人，女 {women} 人，困难职工 {hardship} 人；列表显示 {shown} 人</source>
        <translation>In service {members}, retained {retirees}, women {women}, in hardship {hardship}; {shown} shown</translation>
    </message>
    <message>
        <source>不能删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>删除失败</source>
        <translation>Delete failed</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>从 Excel/WPS 花名册（.xlsx/.xls/.csv）导入会员</source>
        <translation>Import members from an Excel/WPS roster (.xlsx/.xls/.csv)</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>导出可打印的会员花名册（Excel）</source>
        <translation>Export a printable roster (Excel)</translation>
    </message>
    <message>
        <source>下载模板</source>
        <translation>Download template</translation>
    </message>
    <message>
        <source>空白花名册模板：列名、示例行和填写说明</source>
        <translation>Blank roster template: headings, an example row and instructions</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <source>{year}年期初余额</source>
        <translation>Opening balance {year}</translation>
    </message>
    <message>
        <source>期初余额(元)</source>
        <translation>Opening balance (yuan)</translation>
    </message>
    <message>
        <source>只有最早记账的一年需要录入；以后各年自动结转上年期末余额。</source>
        <translation>Only the first year kept needs it; each later year carries the previous year&apos;s closing balance.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>期初余额</source>
        <translation>Opening balance</translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <source>编辑计划项（{year}年）</source>
        <translation>Edit plan item ({year})</translation>
    </message>
    <message>
        <source>新增计划项（{year}年）</source>
        <translation>Add plan item ({year})</translation>
    </message>
    <message>
        <source>确认已完成</source>
        <translation>Confirm done</translation>
    </message>
    <message>
        <source>已有 {n} 项活动落实此项，建议标为“已完成”。</source>
        <translation>{n} activities carried out this item; marking it “Done” is suggested.</translation>
    </message>
    <message>
        <source>计划项目</source>
        <translation>Plan item</translation>
    </message>
    <message>
        <source>具体内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>计划时间</source>
        <translation>Planned time</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>落实的活动</source>
        <translation>Activities carrying it out</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>计划项目</source>
        <translation>Plan items</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>计划时间</source>
        <translation>Planned time</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>关联活动</source>
        <translation>Linked activities</translation>
    </message>
    <message>
        <source>已有活动落实此项，建议标为“已完成”（需要您确认）</source>
        <translation>An activity carried out this item; marking it “Done” is suggested (please confirm)</translation>
    </message>
    <message>
        <source>（建议：已完成）</source>
        <translation>(suggested: done)</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>保存指导思想和工作目标</source>
        <translation>Save guiding idea and goals</translation>
    </message>
    <message>
        <source>落实的活动</source>
        <translation>Activities carrying it out</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>指导思想</source>
        <translation>Guiding idea</translation>
    </message>
    <message>
        <source>工作目标</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>确认已完成</source>
        <translation>Confirm done</translation>
    </message>
    <message>
        <source>已有活动落实的项目，确认后标为“已完成”</source>
        <translation>Mark items carried out by activities as “Done” after confirming</translation>
    </message>
    <message>
        <source>复制上一年计划</source>
        <translation>Copy last year&apos;s plan</translation>
    </message>
    <message>
        <source>把上一年的指导思想、目标和计划项复制为本年度草稿（状态均为未开始）</source>
        <translation>Copy last year&apos;s guiding idea, goals and plan items as this year&apos;s draft (all not started)</translation>
    </message>
    <message>
        <source>设置状态</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>从 Excel/WPS 导入计划项目；文件没有“年度”列时，导入到当前显示的年度</source>
        <translation>Import plan items from Excel/WPS; a file without a year column goes into the year shown</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>导出当前年度的可打印工作计划（Excel）</source>
        <translation>Export the printable work plan of the year shown (Excel)</translation>
    </message>
    <message>
        <source>下载模板</source>
        <translation>Download template</translation>
    </message>
    <message>
        <source>空白年度计划模板：列名、示例行和填写说明</source>
        <translation>Blank year plan template: headings, an example row and instructions</translation>
    </message>
    <message>
        <source>（由{source}年计划复制的草稿）</source>
        <translation>(draft copied from the {source} plan)</translation>
    </message>
    <message>
        <source>指导思想或工作目标已修改，尚未保存</source>
        <translation>The guiding idea or goals were changed and are not saved yet</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>{year}年计划：完成 {done}/{total} 项</source>
        <translation>Plan {year}: {done}/{total} items done</translation>
    </message>
    <message>
        <source>，取消 {n} 项</source>
        <translation>, {n} cancelled</translation>
    </message>
    <message>
        <source>；{n} 项已有活动落实，建议标为已完成（请确认）</source>
        <translation>; {n} carried out by activities, suggested as done (please confirm)</translation>
    </message>
    <message>
        <source>未能完成</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <source>删除计划项</source>
        <translation>Delete plan item</translation>
    </message>
    <message>
        <source>确定删除第 {n} 项“{title}”吗？后面的项目将依次前移。</source>
        <translation>Delete item {n} “{title}”? The items after it move up.</translation>
    </message>
    <message>
        <source>把{source}年的计划复制为{target}年的草稿吗？所有项目的状态为“未开始”，{source}年的计划保持不变。</source>
        <translation>Copy the {source} plan as a draft for {target}? All items start as “Not started”; the {source} plan stays as it is.</translation>
    </message>
</context>
<context>
    <name>PostActivitiesDialog</name>
    <message>
        <source>活动费用记账（{year}年）</source>
        <translation>Post activity costs ({year})</translation>
    </message>
    <message>
        <source>记账</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>费用(元)</source>
        <translation>Cost (yuan)</translation>
    </message>
    <message>
        <source>科目</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>已记账</source>
        <translation>Posted</translation>
    </message>
    <message>
        <source>（已记账）</source>
        <translation>(posted)</translation>
    </message>
    <message>
        <source>勾选的活动按其费用记一笔支出，并与活动关联：活动改动后分录随之更新，不会重复记账。</source>
        <translation>Each ticked activity is posted as one expense of its cost, linked to it: the entry follows changes to the activity and is never counted twice.</translation>
    </message>
    <message>
        <source>没有勾选要记账的活动</source>
        <translation>No activity is ticked</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>{year}年反结账</source>
        <translation>Reopen the year {year}</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>反结账后{year}年的分录可以再修改，反结账的日期和原因将记录在案。</source>
        <translation>After reopening, the entries of {year} can be changed again; the date and reason of reopening are recorded.</translation>
    </message>
    <message>
        <source>反结账</source>
        <translation>Reopen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>选择一份备份来替换当前数据。恢复前会先把当前数据另存为一份备份。
备份文件夹：%1</source>
        <translation>Choose a backup to replace the current data. The current data is backed up first.
Backup folder: %1</translation>
    </message>
    <message>
        <source>备份时间</source>
        <translation>Backup time</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>还没有备份。可以用“文件 → 备份”立即备份。</source>
        <translation>No backups yet. Use “File → Back up” to make one now.</translation>
    </message>
    <message>
        <source>恢复所选备份</source>
        <translation>Restore selected backup</translation>
    </message>
    <message>
        <source>每日自动</source>
        <translation>Daily automatic</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>升级前（数据版本 %1）</source>
        <translation>Before upgrade (data version %1)</translation>
    </message>
    <message>
        <source>备份不可用</source>
        <translation>Backup unusable</translation>
    </message>
    <message>
        <source>备份“%1”未通过检查，不能用于恢复：
%2</source>
        <translation>Backup “%1” failed the check and cannot be restored:
%2</translation>
    </message>
    <message>
        <source>确认恢复</source>
        <translation>Confirm restore</translation>
    </message>
    <message>
        <source>用 %1 的备份替换当前全部数据吗？
当前数据会先另存为一份备份，之后仍可恢复。</source>
        <translation>Replace all current data with the backup of %1?
The current data is backed up first and can be restored later.</translation>
    </message>
    <message>
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>已恢复 %1 的备份。恢复前的数据已备份到：
%2</source>
        <translation>The backup of %1 was restored. The data before the restore was backed up to:
%2</translation>
    </message>
</context>
<context>
    <name>RetirementAgesDialog</name>
    <message>
        <source>退休年龄</source>
        <translation>Retirement ages</translation>
    </message>
    <message>
        <source>男职工</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>女职工（在编）</source>
        <translation type="vanished">Women (established posts)</translation>
    </message>
    <message>
        <source>女干部（在编）</source>
        <translation>Women (established posts)</translation>
    </message>
    <message>
        <source>女职工（其他人员类别）</source>
        <translation>Women (other staff categories)</translation>
    </message>
    <message>
        <source>“近期提醒”按这些年龄列出 90 天内到达退休年龄的会员。法定退休年龄正逐步调整，请按本单位实际填写。</source>
        <translation>Reminders list members reaching these ages within 90 days. The statutory retirement ages are being raised step by step: fill in what applies to your unit.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>单位设置</source>
        <translation>Unit settings</translation>
    </message>
    <message>
        <source>用于计算入会率</source>
        <translation>Used for the membership rate</translation>
    </message>
    <message>
        <source>按月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>按季度</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>按半年</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <source>按年</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>拨缴经费中基层工会留用的比例（按省总工会规定，常见 60%），其余上解</source>
        <translation>The share of the allocated funds the union keeps (set by the provincial federation, often 60%); the rest goes to the higher-level union</translation>
    </message>
    <message>
        <source>活动费用自动记入经费账</source>
        <translation>Post activity costs automatically</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>工会名称</source>
        <translation>Union name</translation>
    </message>
    <message>
        <source>上级工会</source>
        <translation>Parent union</translation>
    </message>
    <message>
        <source>工会主席</source>
        <translation>Union chair</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>省份</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>职工总数</source>
        <translation>Total staff</translation>
    </message>
    <message>
        <source>会费比例</source>
        <translation>Dues rate</translation>
    </message>
    <message>
        <source>工资中不计缴会费的部分（低于多少元）</source>
        <translation>Part of the wage exempt from dues (below, in yuan)</translation>
    </message>
    <message>
        <source>会费收缴周期</source>
        <translation>Dues collection period</translation>
    </message>
    <message>
        <source>经费留成比例</source>
        <translation>Share of allocated funds kept</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>保留备份份数</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <source>总结落款日期</source>
        <translation>Date under the summary</translation>
    </message>
    <message>
        <source>界面语言在重新启动 unionclerk 后生效。</source>
        <translation>The interface language takes effect when unionclerk is restarted.</translation>
    </message>
    <message>
        <source>不计缴会费的部分应为不小于0的金额（元），如 10，不是“%1”</source>
        <translation>The wage part exempt from dues must be an amount in yuan of at least 0, such as 10, not “%1”</translation>
    </message>
    <message>
        <source>设置有误</source>
        <translation>Invalid setting</translation>
    </message>
    <message>
        <source>无法保存设置</source>
        <translation>Cannot save settings</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>找不到上次使用的数据文件“%1”。如果它在U盘上，请插入U盘后重新启动 unionclerk。</source>
        <translation>The data file used last time, “%1”, cannot be found. If it is on a USB stick, plug the stick in and start unionclerk again.</translation>
    </message>
    <message>
        <source>无法打开数据文件</source>
        <translation>Cannot open data file</translation>
    </message>
    <message>
        <source>请选择另一个数据文件（输入新文件名即新建），或退出。</source>
        <translation>Choose another data file (type a new name to create one), or quit.</translation>
    </message>
    <message>
        <source>选择或新建数据文件</source>
        <translation>Choose or create a data file</translation>
    </message>
    <message>
        <source>unionclerk 数据文件 (*.db *.sqlite);;所有文件 (*)</source>
        <translation>unionclerk data files (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>数据文件 %1 正由另一个 unionclerk 窗口使用。请关闭那个窗口后再打开，或选择另一个文件。</source>
        <translation type="vanished">The data file %1 is in use by another unionclerk window. Close that window and open it again, or choose another file.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>变更会籍状态</source>
        <translation>Change membership status</translation>
    </message>
    <message>
        <source>{who}，现为{status}</source>
        <translation>{who}, now {status}</translation>
    </message>
    <message>
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>新状态</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>变更日期</source>
        <translation>Date of change</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>{why}。
仍要把这一变更按日期补记进会籍变动记录吗？</source>
        <translation>{why}.
Record this change in the membership history by its date anyway?</translation>
    </message>
    <message>
        <source>补记会籍变动</source>
        <translation>Record an earlier status change</translation>
    </message>
</context>
<context>
    <name>SubItemsDialog</name>
    <message>
        <source>会计科目与子目</source>
        <translation>Subjects and sub-items</translation>
    </message>
    <message>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>如 50107</source>
        <translation>e.g. 50107</translation>
    </message>
    <message>
        <source>子目编码</source>
        <translation>Sub-item code</translation>
    </message>
    <message>
        <source>子目名称</source>
        <translation>Sub-item name</translation>
    </message>
    <message>
        <source>保存子目</source>
        <translation>Save sub-item</translation>
    </message>
    <message>
        <source>收入</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>支出</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>（本单位）</source>
        <translation>(this unit&apos;s)</translation>
    </message>
</context>
<context>
    <name>TransferBook</name>
    <message>
        <source>会员花名册</source>
        <translation>Member roster</translation>
    </message>
    <message>
        <source>活动台账</source>
        <translation>Activity book</translation>
    </message>
    <message>
        <source>年度工作计划</source>
        <translation>Year work plan</translation>
    </message>
    <message>
        <source>经费收支明细账</source>
        <translation>Cash book</translation>
    </message>
    <message>
        <source>慰问台账</source>
        <translation>visits book</translation>
    </message>
</context>
<context>
    <name>UnavailableTab</name>
    <message>
        <source>“%1”台账尚未开放：这部分功能还在开发中，以后的版本会提供。</source>
        <translation>The “%1” book is not available yet: it is still being built and will come in a later version.</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>在会</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>保留会籍</source>
        <translation>Retained</translation>
    </message>
    <message>
        <source>转出</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <source>退会</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>自动退会</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>开除会籍</source>
        <translation>Expelled</translation>
    </message>
    <message>
        <source>已故</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>中共党员</source>
        <translation>CPC member</translation>
    </message>
    <message>
        <source>中共预备党员</source>
        <translation>CPC probationary member</translation>
    </message>
    <message>
        <source>共青团员</source>
        <translation>CYL member</translation>
    </message>
    <message>
        <source>民主党派</source>
        <translation>Democratic party member</translation>
    </message>
    <message>
        <source>群众</source>
        <translation>No party</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>博士研究生</source>
        <translation>Doctorate</translation>
    </message>
    <message>
        <source>硕士研究生</source>
        <translation>Master&apos;s degree</translation>
    </message>
    <message>
        <source>大学本科</source>
        <translation>Bachelor&apos;s degree</translation>
    </message>
    <message>
        <source>大学专科</source>
        <translation>College diploma</translation>
    </message>
    <message>
        <source>中专</source>
        <translation>Secondary vocational</translation>
    </message>
    <message>
        <source>高中</source>
        <translation>High school</translation>
    </message>
    <message>
        <source>初中及以下</source>
        <translation>Junior high or below</translation>
    </message>
    <message>
        <source>在编</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>合同</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>劳务派遣</source>
        <translation>Agency worker</translation>
    </message>
    <message>
        <source>因病</source>
        <translation>Illness</translation>
    </message>
    <message>
        <source>因残</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>单亲</source>
        <translation>Single parent</translation>
    </message>
    <message>
        <source>子女教育</source>
        <translation>Children&apos;s education</translation>
    </message>
    <message>
        <source>汉族</source>
        <translation>Han</translation>
    </message>
    <message>
        <source>回族</source>
        <translation>Hui</translation>
    </message>
    <message>
        <source>满族</source>
        <translation>Manchu</translation>
    </message>
    <message>
        <source>壮族</source>
        <translation>Zhuang</translation>
    </message>
    <message>
        <source>苗族</source>
        <translation>Miao</translation>
    </message>
    <message>
        <source>维吾尔族</source>
        <translation>Uyghur</translation>
    </message>
    <message>
        <source>彝族</source>
        <translation>Yi</translation>
    </message>
    <message>
        <source>土家族</source>
        <translation>Tujia</translation>
    </message>
    <message>
        <source>藏族</source>
        <translation>Tibetan</translation>
    </message>
    <message>
        <source>蒙古族</source>
        <translation>Mongol</translation>
    </message>
    <message>
        <source>文体活动</source>
        <translation>Culture and sports</translation>
    </message>
    <message>
        <source>劳动竞赛/技能比武</source>
        <translation>Labour and skills contests</translation>
    </message>
    <message>
        <source>教育培训</source>
        <translation>Education and training</translation>
    </message>
    <message>
        <source>知识竞赛</source>
        <translation>Knowledge contests</translation>
    </message>
    <message>
        <source>评先评优/表彰</source>
        <translation>Awards and commendations</translation>
    </message>
    <message>
        <source>职代会/民主管理</source>
        <translation>Workers&apos; congress</translation>
    </message>
    <message>
        <source>帮扶/献爱心/志愿服务</source>
        <translation>Aid / charity / volunteering</translation>
    </message>
    <message>
        <source>参观学习/疗休养</source>
        <translation>Study visits / rest</translation>
    </message>
    <message>
        <source>本单位组织</source>
        <translation>Ours</translation>
    </message>
    <message>
        <source>参加上级组织</source>
        <translation>Higher union</translation>
    </message>
    <message>
        <source>国家级</source>
        <translation>National</translation>
    </message>
    <message>
        <source>省级</source>
        <translation>Provincial</translation>
    </message>
    <message>
        <source>市级</source>
        <translation>City</translation>
    </message>
    <message>
        <source>县级</source>
        <translation>County</translation>
    </message>
    <message>
        <source>系统内</source>
        <translation>Within the sector</translation>
    </message>
    <message>
        <source>本单位</source>
        <translation>This unit</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>1月</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>2月</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>3月</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>4月</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>5月</source>
        <translation>May</translation>
    </message>
    <message>
        <source>6月</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>7月</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>8月</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>9月</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>10月</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>11月</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>12月</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>第一季度</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>第二季度</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>第三季度</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>第四季度</source>
        <translation>Q4</translation>
    </message>
    <message>
        <source>会员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>团队</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>北京市</source>
        <translation>Beijing</translation>
    </message>
    <message>
        <source>天津市</source>
        <translation>Tianjin</translation>
    </message>
    <message>
        <source>河北省</source>
        <translation>Hebei</translation>
    </message>
    <message>
        <source>山西省</source>
        <translation>Shanxi</translation>
    </message>
    <message>
        <source>内蒙古自治区</source>
        <translation>Inner Mongolia</translation>
    </message>
    <message>
        <source>辽宁省</source>
        <translation>Liaoning</translation>
    </message>
    <message>
        <source>吉林省</source>
        <translation>Jilin</translation>
    </message>
    <message>
        <source>黑龙江省</source>
        <translation>Heilongjiang</translation>
    </message>
    <message>
        <source>上海市</source>
        <translation>Shanghai</translation>
    </message>
    <message>
        <source>江苏省</source>
        <translation>Jiangsu</translation>
    </message>
    <message>
        <source>浙江省</source>
        <translation>Zhejiang</translation>
    </message>
    <message>
        <source>安徽省</source>
        <translation>Anhui</translation>
    </message>
    <message>
        <source>福建省</source>
        <translation>Fujian</translation>
    </message>
    <message>
        <source>江西省</source>
        <translation>Jiangxi</translation>
    </message>
    <message>
        <source>山东省</source>
        <translation>Shandong</translation>
    </message>
    <message>
        <source>河南省</source>
        <translation>Henan</translation>
    </message>
    <message>
        <source>湖北省</source>
        <translation>Hubei</translation>
    </message>
    <message>
        <source>湖南省</source>
        <translation>Hunan</translation>
    </message>
    <message>
        <source>广东省</source>
        <translation>Guangdong</translation>
    </message>
    <message>
        <source>广西壮族自治区</source>
        <translation>Guangxi</translation>
    </message>
    <message>
        <source>海南省</source>
        <translation>Hainan</translation>
    </message>
    <message>
        <source>重庆市</source>
        <translation>Chongqing</translation>
    </message>
    <message>
        <source>四川省</source>
        <translation>Sichuan</translation>
    </message>
    <message>
        <source>贵州省</source>
        <translation>Guizhou</translation>
    </message>
    <message>
        <source>云南省</source>
        <translation>Yunnan</translation>
    </message>
    <message>
        <source>西藏自治区</source>
        <translation>Tibet</translation>
    </message>
    <message>
        <source>陕西省</source>
        <translation>Shaanxi</translation>
    </message>
    <message>
        <source>甘肃省</source>
        <translation>Gansu</translation>
    </message>
    <message>
        <source>青海省</source>
        <translation>Qinghai</translation>
    </message>
    <message>
        <source>宁夏回族自治区</source>
        <translation>Ningxia</translation>
    </message>
    <message>
        <source>新疆维吾尔自治区</source>
        <translation>Xinjiang</translation>
    </message>
    <message>
        <source>新疆生产建设兵团</source>
        <translation>Xinjiang Production and Construction Corps</translation>
    </message>
    <message>
        <source>香港特别行政区</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>澳门特别行政区</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>职务/岗位</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <source>入会日期</source>
        <translation>Join date</translation>
    </message>
    <message>
        <source>会员证号</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>月缴费基数</source>
        <translation>Monthly dues base</translation>
    </message>
    <message>
        <source>困难职工</source>
        <translation>In hardship</translation>
    </message>
    <message>
        <source>困难类型</source>
        <translation>Hardship type</translation>
    </message>
    <message>
        <source>会籍状态</source>
        <translation>Membership status</translation>
    </message>
    <message>
        <source>状态变更日期</source>
        <translation>Status date</translation>
    </message>
    <message>
        <source>退休时间</source>
        <translation>Retirement date</translation>
    </message>
    <message>
        <source>转出时间</source>
        <translation>Transfer date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>原姓名</source>
        <translation>Former name</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>组织层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>组织者</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>参与人次</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>参与会员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>参与会员身份证号</source>
        <translation>Participants&apos; ID numbers</translation>
    </message>
    <message>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>费用</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>活动成效</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>获奖情况</source>
        <translation>Awards</translation>
    </message>
    <message>
        <source>落实计划项</source>
        <translation>Plan item carried out</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>计划项目</source>
        <translation>Plan item</translation>
    </message>
    <message>
        <source>具体内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>计划时间</source>
        <translation>Planned time</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>非会员对象</source>
        <translation>Non-member recipient</translation>
    </message>
    <message>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>慰问类别</source>
        <translation>Kind of visit</translation>
    </message>
    <message>
        <source>节日</source>
        <translation>Festival</translation>
    </message>
    <message>
        <source>慰问金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>慰问品</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>物品价值</source>
        <translation>Gift value</translation>
    </message>
    <message>
        <source>经费来源</source>
        <translation>Source of funds</translation>
    </message>
    <message>
        <source>慰问人</source>
        <translation>Visited by</translation>
    </message>
    <message>
        <source>超标理由</source>
        <translation>Reason for exceeding</translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>科目</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>收入</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>支出</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>余额</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>付款人/收款人</source>
        <translation>Payer/payee</translation>
    </message>
    <message>
        <source>安徽省（2018试行）</source>
        <translation>Anhui (2018 trial)</translation>
    </message>
    <message>
        <source>安徽省（2025）</source>
        <translation>Anhui (2025)</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>福建省（2018）</source>
        <translation>Fujian (2018)</translation>
    </message>
    <message>
        <source>恢复会籍</source>
        <translation>Membership restored</translation>
    </message>
    <message>
        <source>返聘</source>
        <translation>Re-employed</translation>
    </message>
    <message>
        <source>重新入会</source>
        <translation>Rejoined</translation>
    </message>
    <message>
        <source>退休</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>失业</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <source>待岗</source>
        <translation>Awaiting post</translation>
    </message>
    <message>
        <source>出国</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <source>调动</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>辞职</source>
        <translation>Resigned</translation>
    </message>
    <message>
        <source>合同到期</source>
        <translation>Contract ended</translation>
    </message>
    <message>
        <source>解除劳动合同</source>
        <translation>Contract terminated</translation>
    </message>
    <message>
        <source>本人申请</source>
        <translation>Own request</translation>
    </message>
    <message>
        <source>连续六个月未缴纳会费</source>
        <translation>Six months of dues unpaid</translation>
    </message>
    <message>
        <source>严重违纪</source>
        <translation>Serious misconduct</translation>
    </message>
    <message>
        <source>病故</source>
        <translation>Died of illness</translation>
    </message>
    <message>
        <source>因公殉职</source>
        <translation>Died on duty</translation>
    </message>
    <message>
        <source>生病住院</source>
        <translation>Illness in hospital</translation>
    </message>
    <message>
        <source>住院手术</source>
        <translation>Surgery</translation>
    </message>
    <message>
        <source>生育</source>
        <translation>Childbirth</translation>
    </message>
    <message>
        <source>结婚</source>
        <translation>Marriage</translation>
    </message>
    <message>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>会员去世</source>
        <translation>Death of a member</translation>
    </message>
    <message>
        <source>直系亲属去世</source>
        <translation>Death of close family</translation>
    </message>
    <message>
        <source>困难帮扶</source>
        <translation>Hardship aid</translation>
    </message>
    <message>
        <source>节日慰问</source>
        <translation>Festival gift</translation>
    </message>
    <message>
        <source>夏送清凉</source>
        <translation>Summer cool-down gifts</translation>
    </message>
    <message>
        <source>冬送温暖</source>
        <translation>Winter warmth gifts</translation>
    </message>
    <message>
        <source>金秋助学</source>
        <translation>Autumn study aid</translation>
    </message>
    <message>
        <source>元旦</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <source>清明</source>
        <translation>Qingming</translation>
    </message>
    <message>
        <source>劳动节</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>端午</source>
        <translation>Dragon Boat</translation>
    </message>
    <message>
        <source>中秋</source>
        <translation>Mid-Autumn</translation>
    </message>
    <message>
        <source>国庆</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>工会经费</source>
        <translation>Union funds</translation>
    </message>
    <message>
        <source>行政经费</source>
        <translation>Employer funds</translation>
    </message>
    <message>
        <source>上级帮扶资金</source>
        <translation>Higher-level aid funds</translation>
    </message>
    <message>
        <source>配偶</source>
        <translation>spouse</translation>
    </message>
    <message>
        <source>父母</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>子女</source>
        <translation>child</translation>
    </message>
    <message>
        <source>其他亲属</source>
        <translation>other relative</translation>
    </message>
    <message>
        <source>亲属</source>
        <translation>relative</translation>
    </message>
    <message>
        <source>会员去世慰问上限</source>
        <translation>Cap on condolences for a member&apos;s death</translation>
    </message>
    <message>
        <source>住院慰问单次上限</source>
        <translation>Cap per hospital visit</translation>
    </message>
    <message>
        <source>住院手术慰问单次上限</source>
        <translation>Cap per surgery visit</translation>
    </message>
    <message>
        <source>同一疾病住院慰问每年一次</source>
        <translation>Hospital visits for the same illness: once a year</translation>
    </message>
    <message>
        <source>困难帮扶每年一次、上限2000元</source>
        <translation>Hardship aid: once a year, up to 2,000 yuan</translation>
    </message>
    <message>
        <source>生日慰问上限</source>
        <translation>Cap on birthday gifts</translation>
    </message>
    <message>
        <source>生育慰问上限</source>
        <translation>Cap on childbirth gifts</translation>
    </message>
    <message>
        <source>直系亲属去世慰问上限</source>
        <translation>Cap on condolences for close family</translation>
    </message>
    <message>
        <source>结婚慰问上限</source>
        <translation>Cap on wedding gifts</translation>
    </message>
    <message>
        <source>节日慰问品全年合计上限</source>
        <translation>Yearly cap on festival gifts</translation>
    </message>
    <message>
        <source>节日慰问品全年合计上限（经费充裕的可到1500元）</source>
        <translation>Yearly cap on festival gifts (up to 1,500 yuan where funds allow)</translation>
    </message>
    <message>
        <source>退休慰问上限</source>
        <translation>Cap on retirement gifts</translation>
    </message>
    <message>
        <source>四川省总工会基层工会经费收支管理实施办法</source>
        <translation>Sichuan Federation of Trade Unions: implementing measures for grassroots union fund income and spending</translation>
    </message>
    <message>
        <source>安徽省基层工会经费收支管理实施细则（试行，2018年）</source>
        <translation>Anhui: detailed rules for grassroots union fund income and spending (trial, 2018)</translation>
    </message>
    <message>
        <source>广东省基层工会经费收支管理实施办法</source>
        <translation>Guangdong: implementing measures for grassroots union fund income and spending</translation>
    </message>
    <message>
        <source>本单位经费管理办法（在“慰问标准”中填写上限）</source>
        <translation>This unit&apos;s own fund rules (enter the caps under Benefit rules)</translation>
    </message>
    <message>
        <source>湖北省总工会基层工会经费收支管理实施办法</source>
        <translation>Hubei Federation of Trade Unions: implementing measures for grassroots union fund income and spending</translation>
    </message>
    <message>
        <source>皖工发〔2025〕18号</source>
        <translation>Anhui Federation of Trade Unions document No. 18 (2025)</translation>
    </message>
    <message>
        <source>福建省总工会基层工会经费收支管理办法（2018年）</source>
        <translation>Fujian Federation of Trade Unions: measures for grassroots union fund income and spending (2018)</translation>
    </message>
    <message>
        <source>数额按公开资料摘录，使用前请对照发文原文核实</source>
        <translation>Amounts taken from public sources: check them against the original document before use</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>慰问</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>会费收缴</source>
        <translation>Dues collection</translation>
    </message>
    <message>
        <source>拨缴经费</source>
        <translation>Allocated funds</translation>
    </message>
    <message>
        <source>节日慰问发放</source>
        <translation>Festival gifts</translation>
    </message>
    <message>
        <source>会费收入</source>
        <translation>Membership dues income</translation>
    </message>
    <message>
        <source>拨缴经费收入</source>
        <translation>Allocated funds income</translation>
    </message>
    <message>
        <source>上级补助收入</source>
        <translation>Subsidies from higher-level unions</translation>
    </message>
    <message>
        <source>一般性转移支付补助</source>
        <translation>General transfer payments</translation>
    </message>
    <message>
        <source>专项转移支付补助</source>
        <translation>Earmarked transfer payments</translation>
    </message>
    <message>
        <source>政府补助收入</source>
        <translation>Government subsidy income</translation>
    </message>
    <message>
        <source>行政补助收入</source>
        <translation>Employer subsidy income</translation>
    </message>
    <message>
        <source>附属单位上缴收入</source>
        <translation>Income remitted by affiliated units</translation>
    </message>
    <message>
        <source>投资收益</source>
        <translation>Investment income</translation>
    </message>
    <message>
        <source>其他收入</source>
        <translation>Other income</translation>
    </message>
    <message>
        <source>职工活动支出</source>
        <translation>Staff activity expenses</translation>
    </message>
    <message>
        <source>职工教育支出</source>
        <translation>Staff education</translation>
    </message>
    <message>
        <source>文体活动支出</source>
        <translation>Cultural and sports activities</translation>
    </message>
    <message>
        <source>宣传活动支出</source>
        <translation>Publicity activities</translation>
    </message>
    <message>
        <source>劳模职工疗休养支出</source>
        <translation>Recuperation for model workers</translation>
    </message>
    <message>
        <source>会员活动支出</source>
        <translation>Member activities</translation>
    </message>
    <message>
        <source>其他活动支出</source>
        <translation>Other activities</translation>
    </message>
    <message>
        <source>职工服务支出</source>
        <translation>Staff service expenses</translation>
    </message>
    <message>
        <source>劳动和技能竞赛</source>
        <translation>Labour and skills competitions</translation>
    </message>
    <message>
        <source>建家活动</source>
        <translation>Building the workers&apos; home</translation>
    </message>
    <message>
        <source>职工创新活动</source>
        <translation>Staff innovation</translation>
    </message>
    <message>
        <source>职工书屋</source>
        <translation>Staff reading room</translation>
    </message>
    <message>
        <source>其他服务支出</source>
        <translation>Other services</translation>
    </message>
    <message>
        <source>维权支出</source>
        <translation>Rights protection expenses</translation>
    </message>
    <message>
        <source>劳动关系协调</source>
        <translation>Labour relations coordination</translation>
    </message>
    <message>
        <source>劳动保护</source>
        <translation>Labour protection</translation>
    </message>
    <message>
        <source>法律援助</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <source>困难职工帮扶</source>
        <translation>Aid to members in hardship</translation>
    </message>
    <message>
        <source>送温暖</source>
        <translation>Sending warmth</translation>
    </message>
    <message>
        <source>其他维权支出</source>
        <translation>Other rights protection</translation>
    </message>
    <message>
        <source>业务支出</source>
        <translation>Operating expenses</translation>
    </message>
    <message>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>专项业务</source>
        <translation>Special operations</translation>
    </message>
    <message>
        <source>其他业务支出</source>
        <translation>Other operating expenses</translation>
    </message>
    <message>
        <source>行政支出</source>
        <translation>Administrative expenses</translation>
    </message>
    <message>
        <source>资本性支出</source>
        <translation>Capital expenditure</translation>
    </message>
    <message>
        <source>补助下级支出</source>
        <translation>Subsidies to lower-level unions</translation>
    </message>
    <message>
        <source>对附属单位的支出</source>
        <translation>Expenses for affiliated units</translation>
    </message>
    <message>
        <source>其他支出</source>
        <translation>Other expenses</translation>
    </message>
    <message>
        <source>事业收入</source>
        <translation>Public service income</translation>
    </message>
    <message>
        <source>事业支出</source>
        <translation>Public service expenses</translation>
    </message>
    <message>
        <source>{name}（{details}）</source>
        <translation>{name} ({details})</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{kind}·{festival}</source>
        <translation>{kind} · {festival}</translation>
    </message>
    <message>
        <source>{person}（{member}的{relation}）</source>
        <translation>{person} ({member}&apos;s {relation})</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{document}（{year}年）</source>
        <translation>{document} ({year})</translation>
    </message>
    <message>
        <source>{kind}：{title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>{kind} #{id}</source>
        <translation>{kind} #{id}</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>编辑慰问记录</source>
        <translation>Edit visit</translation>
    </message>
    <message>
        <source>新增慰问记录</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>慰问对象不是会员本人时填写（如去世会员的家属）</source>
        <translation>Fill in when the recipient is not the member (e.g. a deceased member&apos;s family)</translation>
    </message>
    <message>
        <source>元，如 500</source>
        <translation>yuan, e.g. 500</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>超出慰问标准时必填：为什么仍然发放（如经工会委员会研究同意）</source>
        <translation>Required when the rules are exceeded: why it is given anyway (e.g. approved by the union committee)</translation>
    </message>
    <message>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>会员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>非会员对象</source>
        <translation>Non-member recipient</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>慰问类别</source>
        <translation>Kind of visit</translation>
    </message>
    <message>
        <source>节日</source>
        <translation>Festival</translation>
    </message>
    <message>
        <source>慰问金（元）</source>
        <translation>Cash (yuan)</translation>
    </message>
    <message>
        <source>慰问品</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>物品价值（元）</source>
        <translation>Gift value (yuan)</translation>
    </message>
    <message>
        <source>经费来源</source>
        <translation>Source of funds</translation>
    </message>
    <message>
        <source>慰问人</source>
        <translation>Visited by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>超标理由</source>
        <translation>Reason for exceeding</translation>
    </message>
    <message>
        <source>慰问金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>物品价值</source>
        <translation>Gift value</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>不符合慰问标准：</source>
        <translation>Breaks the benefit rules:</translation>
    </message>
    <message>
        <source>请核对日期</source>
        <translation>Please check the date</translation>
    </message>
    <message>
        <source>请核对日期（{date}）</source>
        <translation>Please check the date ({date})</translation>
    </message>
    <message>
        <source>这条慰问不符合慰问标准（见上方提示）：如确需发放，请填写理由后再保存</source>
        <translation>This visit breaks the benefit rules (see above): if it must be given, fill in a reason and save again</translation>
    </message>
</context>
<context>
    <name>VisitKindsDialog</name>
    <message>
        <source>慰问类别</source>
        <translation>Kind of visit</translation>
    </message>
    <message>
        <source>{n} 条慰问记录</source>
        <translation>{n} visit records</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>慰问对象</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>慰问金(元)</source>
        <translation>Cash (yuan)</translation>
    </message>
    <message>
        <source>慰问品</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>物品价值(元)</source>
        <translation>Gift value (yuan)</translation>
    </message>
    <message>
        <source>经费来源</source>
        <translation>Source of funds</translation>
    </message>
    <message>
        <source>慰问人</source>
        <translation>Visited by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>超标理由：{r}</source>
        <translation>Reason for exceeding the rules: {r}</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>{m}月</source>
        <translation>{m}</translation>
    </message>
    <message>
        <source>全部来源</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>搜索：姓名、拼音或首字母、慰问品、备注</source>
        <translation>Search: name, pinyin or initials, gift, notes</translation>
    </message>
    <message>
        <source>双击一行，为此人登记一次慰问</source>
        <translation>Double-click a line to record a visit for this person</translation>
    </message>
    <message>
        <source>近期提醒</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>退休年龄…</source>
        <translation>Retirement ages…</translation>
    </message>
    <message>
        <source>提醒到达退休年龄所用的年龄（按性别、人员类别）</source>
        <translation>The ages used to remind you of retirements (by sex and staff category)</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>慰问</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>登记一次慰问</source>
        <translation>Record a visit</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>编辑选中的记录（也可双击该行）</source>
        <translation>Edit the selected record (or double-click the row)</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>慰问类别…</source>
        <translation>Visit kinds…</translation>
    </message>
    <message>
        <source>此人的慰问记录</source>
        <translation>This person&apos;s visits</translation>
    </message>
    <message>
        <source>选中记录所涉会员的全部慰问记录，及各年度合计对照慰问标准</source>
        <translation>Every visit to the selected record&apos;s member, with yearly totals against the benefit rules</translation>
    </message>
    <message>
        <source>节日发放…</source>
        <translation>Festival gifts…</translation>
    </message>
    <message>
        <source>节日慰问品发给全体会员（或一个部门）：每人一条记录，作为一个批次</source>
        <translation>Give a festival gift to every member (or one department): one record per person, kept as a batch</translation>
    </message>
    <message>
        <source>修改批次</source>
        <translation>Edit batch</translation>
    </message>
    <message>
        <source>修改选中记录所在发放批次的物品和价值（整批一起改）</source>
        <translation>Change the item and value of the selected record&apos;s batch (the whole batch)</translation>
    </message>
    <message>
        <source>撤销批次</source>
        <translation>Undo batch</translation>
    </message>
    <message>
        <source>删除选中记录所在的整个发放批次</source>
        <translation>Delete the whole batch of the selected record</translation>
    </message>
    <message>
        <source>慰问标准…</source>
        <translation>Benefit rules…</translation>
    </message>
    <message>
        <source>选择或修改本省的慰问标准（上限、次数、依据文件）</source>
        <translation>Choose or edit the province&apos;s benefit rules (caps, limits, source document)</translation>
    </message>
    <message>
        <source>合规检查</source>
        <translation>Compliance check</translation>
    </message>
    <message>
        <source>列出所选年份所有超出慰问标准的记录及理由</source>
        <translation>List every record of the chosen year that breaks the benefit rules, with the reasons given</translation>
    </message>
    <message>
        <source>签收表…</source>
        <translation>Sign-off sheet…</translation>
    </message>
    <message>
        <source>选中记录所在发放批次的签收表（Excel，A4 可打印）</source>
        <translation>Sign-off sheet of the selected record&apos;s batch (Excel, prints on A4)</translation>
    </message>
    <message>
        <source>打印签收表…</source>
        <translation>Print sign-off sheet…</translation>
    </message>
    <message>
        <source>预览并打印选中记录所在发放批次的签收表（A4）</source>
        <translation>Preview and print the sign-off sheet of the selected record&apos;s distribution (A4)</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>从 Excel/WPS 慰问台账（.xlsx/.xls/.csv）导入慰问记录</source>
        <translation>Import visits from an Excel/WPS book (.xlsx/.xls/.csv)</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>导出所选年份的可打印慰问台账（Excel）</source>
        <translation>Export the chosen year&apos;s printable visits book (Excel)</translation>
    </message>
    <message>
        <source>下载模板</source>
        <translation>Download template</translation>
    </message>
    <message>
        <source>空白慰问台账模板：列名、示例行和填写说明</source>
        <translation>Blank visits template: headers, an example row and instructions</translation>
    </message>
    <message>
        <source>全部年份</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>显示 {n} 人次（{people} 人），慰问金 {cash} 元，慰问品价值 {goods} 元，合计 {total} 元</source>
        <translation>Showing {n} visits ({people} people), cash {cash} yuan, goods worth {goods} yuan, total {total} yuan</translation>
    </message>
    <message>
        <source>暂无需要提醒的事项</source>
        <translation>Nothing to remind you of</translation>
    </message>
    <message>
        <source>近期提醒（{n}）</source>
        <translation>Reminders ({n})</translation>
    </message>
    <message>
        <source>{name}（{dept}）</source>
        <translation>{name} ({dept})</translation>
    </message>
    <message>
        <source>未填部门</source>
        <translation>No department</translation>
    </message>
    <message>
        <source>【生日】{who} {date} {n}岁生日</source>
        <translation>[Birthday] {who} {date}, turns {n}</translation>
    </message>
    <message>
        <source>【退休】{who} {date} 满{n}岁，到达退休年龄</source>
        <translation>[Retirement] {who} turns {n} on {date}: retirement age</translation>
    </message>
    <message>
        <source>【住院回访】{who} {date} 住院慰问后已过 {n} 天，尚未回访</source>
        <translation>[Hospital follow-up] {who}: {n} days since the hospital visit of {date}, no follow-up yet</translation>
    </message>
    <message>
        <source>【困难职工】{who} {n}年尚未走访慰问</source>
        <translation>[Hardship] {who} not visited yet in {n}</translation>
    </message>
    <message>
        <source>（它属于一个节日发放批次，批次中其他人的记录保留）</source>
        <translation>(It belongs to a festival batch; the other records of the batch stay.)</translation>
    </message>
    <message>
        <source>删除慰问记录</source>
        <translation>Delete visit</translation>
    </message>
    <message>
        <source>确定删除 {date} 对{who}的{kind}记录吗？{note}</source>
        <translation>Delete the {kind} record of {date} for {who}?{note}</translation>
    </message>
    <message>
        <source>删除失败</source>
        <translation>Delete failed</translation>
    </message>
    <message>
        <source>撤销节日发放</source>
        <translation>Undo festival distribution</translation>
    </message>
    <message>
        <source>撤销 {date} {festival}“{goods}”的发放吗？将删除这一批的 {n} 条慰问记录，无法恢复。</source>
        <translation>Undo the {festival} distribution of &quot;{goods}&quot; on {date}? The batch&apos;s {n} visit records will be deleted; this cannot be undone.</translation>
    </message>
    <message>
        <source>撤销失败</source>
        <translation>Undo failed</translation>
    </message>
    <message>
        <source>签收表</source>
        <translation>Sign-off sheet</translation>
    </message>
    <message>
        <source>按部门分页（每个部门一页，各有小计）吗？选“否”则全部人员排在一起。</source>
        <translation>One page per department (each with a subtotal)? &quot;No&quot; lists everyone together.</translation>
    </message>
    <message>
        <source>{year}年{festival}签收表</source>
        <translation>{year} {festival} sign-off sheet</translation>
    </message>
    <message>
        <source>导出{title}</source>
        <translation>Export {title}</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已写出{title}（{n} 人）到 {path}，可用 Excel/WPS 打开后打印（A4）。</source>
        <translation>Wrote {title} ({n} people) to {path}; open it in Excel/WPS to print (A4).</translation>
    </message>
    <message>
        <source>打印签收表</source>
        <translation>Print sign-off sheet</translation>
    </message>
    <message>
        <source>打印预览：{title}</source>
        <translation>Print preview: {title}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>“{text}”不是学时数</source>
        <translation>&quot;{text}&quot; is not a number of hours</translation>
    </message>
    <message>
        <source>学时不能为负数</source>
        <translation type="vanished">Hours cannot be negative</translation>
    </message>
    <message>
        <source>学时最多保留一位小数</source>
        <translation type="vanished">Hours take at most one decimal place</translation>
    </message>
    <message>
        <source>“{text}”不是整数</source>
        <translation>&quot;{text}&quot; is not a whole number</translation>
    </message>
    <message>
        <source>不能为负数</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <source>活动名称不能为空</source>
        <translation>The title must not be empty</translation>
    </message>
    <message>
        <source>请选择活动类别</source>
        <translation>Choose the activity&apos;s category</translation>
    </message>
    <message>
        <source>组织层级应为“{here}”或“{above}”</source>
        <translation>Organised by should be &quot;{here}&quot; or &quot;{above}&quot;</translation>
    </message>
    <message>
        <source>“{text}”不是人数</source>
        <translation>&quot;{text}&quot; is not a number of people</translation>
    </message>
    <message>
        <source>获奖情况第{number}行：奖项不能为空</source>
        <translation>Awards row {number}: the award must not be empty</translation>
    </message>
    <message>
        <source>获奖情况第{number}行：获奖者类别“{kind}”无效</source>
        <translation>Awards row {number}: winner type &quot;{kind}&quot; is not valid</translation>
    </message>
    <message>
        <source>日期：{reason}</source>
        <translation>Date: {reason}</translation>
    </message>
    <message>
        <source>日期不能为空</source>
        <translation>The date must not be empty</translation>
    </message>
    <message>
        <source>结束日期：{reason}</source>
        <translation>End date: {reason}</translation>
    </message>
    <message>
        <source>结束日期 {end} 早于开始日期 {start}</source>
        <translation>End date {end} is before the start date {start}</translation>
    </message>
    <message>
        <source>活动名称过长（最多200字）</source>
        <translation>The title is too long (at most 200 characters)</translation>
    </message>
    <message>
        <source>活动类别“{category}”不在类别列表中</source>
        <translation>Category &quot;{category}&quot; is not in the list of categories</translation>
    </message>
    <message>
        <source>获奖情况第{number}行：“{award}”没有获奖者，请选择获奖会员</source>
        <translation>Awards row {number}: &quot;{award}&quot; has no winner; choose the member who won</translation>
    </message>
    <message>
        <source>日期离今天超过一年，请检查年份</source>
        <translation>The date is more than a year from today; check the year</translation>
    </message>
    <message>
        <source>参与人次：{reason}</source>
        <translation>Attendance: {reason}</translation>
    </message>
    <message>
        <source>参与人次（{headcount}）少于已选参与会员（{chosen}人）</source>
        <translation>Attendance ({headcount}) is less than the members chosen ({chosen})</translation>
    </message>
    <message>
        <source>学时：{reason}</source>
        <translation>Hours: {reason}</translation>
    </message>
    <message>
        <source>费用：{reason}</source>
        <translation>Cost: {reason}</translation>
    </message>
    <message>
        <source>费用不能为负数</source>
        <translation>The cost cannot be negative</translation>
    </message>
    <message>
        <source>关联计划项无效</source>
        <translation>The linked plan item is not valid</translation>
    </message>
    <message>
        <source>获奖情况第{number}行：“{award}”没有获奖者，请填写团队名称</source>
        <translation>Awards row {number}: &quot;{award}&quot; has no winner; enter the team&apos;s name</translation>
    </message>
    <message>
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>第{number}条规则“{label}”</source>
        <translation>Rule {number} &quot;{label}&quot;</translation>
    </message>
    <message>
        <source>{where}：上限不能为负数</source>
        <translation>{where}: a cap cannot be negative</translation>
    </message>
    <message>
        <source>慰问标准应为一个对象</source>
        <translation>A benefit standard should be an object</translation>
    </message>
    <message>
        <source>{where}：“{value}”不是金额</source>
        <translation>{where}: &quot;{value}&quot; is not an amount of money</translation>
    </message>
    <message>
        <source>第{number}条规则格式不对</source>
        <translation>Rule {number} is not in the right form</translation>
    </message>
    <message>
        <source>第{number}条规则没有名称</source>
        <translation>Rule {number} has no name</translation>
    </message>
    <message>
        <source>{where}没有适用的慰问类别</source>
        <translation>{where} applies to no kind of visit</translation>
    </message>
    <message>
        <source>{where}没有上限，也没有次数限制</source>
        <translation>{where} has neither a cap nor a limit on times</translation>
    </message>
    <message>
        <source>年份“{year}”不是数字</source>
        <translation>Year &quot;{year}&quot; is not a number</translation>
    </message>
    <message>
        <source>{where}：每年次数应为正整数，不是“{times}”</source>
        <translation>{where}: times a year should be a positive whole number, not &quot;{times}&quot;</translation>
    </message>
    <message>
        <source>“{text}” 不是日期，应写成 2026-03-01</source>
        <translation>&quot;{text}&quot; is not a date; write it as 2026-03-01</translation>
    </message>
    <message>
        <source>“{text}” 不是有效日期</source>
        <translation>&quot;{text}&quot; is not a valid date</translation>
    </message>
    <message>
        <source>15位身份证号应全部为数字</source>
        <translation>A 15-digit ID number must be all digits</translation>
    </message>
    <message>
        <source>出生日期 {date} 不合理</source>
        <translation>Birth date {date} is not plausible</translation>
    </message>
    <message>
        <source>身份证号为空</source>
        <translation>The ID number is empty</translation>
    </message>
    <message>
        <source>身份证号应为18位，现在是{length}位</source>
        <translation>The ID number should have 18 characters, not {length}</translation>
    </message>
    <message>
        <source>身份证号前17位应为数字，最后一位为数字或X</source>
        <translation>The ID number&apos;s first 17 characters must be digits, the last a digit or X</translation>
    </message>
    <message>
        <source>校验位错误：最后一位应为 {expected}，不是 {last}</source>
        <translation>Wrong check digit: the last character should be {expected}, not {last}</translation>
    </message>
    <message>
        <source>出生日期 {digits} 不是有效日期</source>
        <translation>Birth date {digits} is not a valid date</translation>
    </message>
    <message>
        <source>收入</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>支出</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>{label}“{text}”不是金额</source>
        <translation>{label} &quot;{text}&quot; is not an amount of money</translation>
    </message>
    <message>
        <source>{label}不能为负数（{text}）；退款请记入相反方向</source>
        <translation>{label} cannot be negative ({text}); record a refund on the other side</translation>
    </message>
    <message>
        <source>{label}“{text}”超过两位小数（分）</source>
        <translation>{label} &quot;{text}&quot; has more than two decimal places (fen)</translation>
    </message>
    <message>
        <source>摘要不能为空</source>
        <translation>The description must not be empty</translation>
    </message>
    <message>
        <source>科目不能为空</source>
        <translation>The subject must not be empty</translation>
    </message>
    <message>
        <source>2010年科目 {code} {old_name} → 现行 {new_code} {new_name}</source>
        <translation>2010 subject {code} {old_name} → now {new_code} {new_name}</translation>
    </message>
    <message>
        <source>科目编码“{code}”不在会计科目表中</source>
        <translation>Subject code &quot;{code}&quot; is not in the chart of accounts</translation>
    </message>
    <message>
        <source>日期 {date} 不在正在记的 {year} 年内</source>
        <translation>The date {date} is not in {year}, the year being kept</translation>
    </message>
    <message>
        <source>凭证号“{voucher}”应为正整数</source>
        <translation>Voucher number &quot;{voucher}&quot; should be a positive whole number</translation>
    </message>
    <message>
        <source>摘要不能超过200字</source>
        <translation>The description cannot be longer than 200 characters</translation>
    </message>
    <message>
        <source>一笔分录只能是收入或支出之一，不能两者都填</source>
        <translation>An entry is either income or expense, not both</translation>
    </message>
    <message>
        <source>科目按名称“{name}”认作 {found_code} {found_name}（编码 {code} 不一致，以名称为准）</source>
        <translation>Subject read by its name &quot;{name}&quot; as {found_code} {found_name} (the code {code} differs; the name wins)</translation>
    </message>
    <message>
        <source>科目“{subject}”不在会计科目表中</source>
        <translation>Subject &quot;{subject}&quot; is not in the chart of accounts</translation>
    </message>
    <message>
        <source>科目编码“{code}”不在2010年版会计科目表中（{year}年的账按2010年科目表读）</source>
        <translation>Subject code &quot;{code}&quot; is not in the 2010 chart of accounts (the books of {year} are read by the 2010 chart)</translation>
    </message>
    <message>
        <source>收入或支出须填写一项（大于0）</source>
        <translation>Fill in either income or expense (more than 0)</translation>
    </message>
    <message>
        <source>科目 {code} {name} 是{kind}科目，金额却填在“{column}”栏</source>
        <translation>Subject {code} {name} is an {kind} subject, but the amount is in the &quot;{column}&quot; column</translation>
    </message>
    <message>
        <source>姓名不能为空</source>
        <translation>The name must not be empty</translation>
    </message>
    <message>
        <source>性别应为“男”或“女”，不是“{sex}”</source>
        <translation>Sex should be &quot;male&quot; or &quot;female&quot;, not &quot;{sex}&quot;</translation>
    </message>
    <message>
        <source>入会日期不能晚于今天</source>
        <translation>The date joined cannot be later than today</translation>
    </message>
    <message>
        <source>入会日期应晚于出生日期</source>
        <translation>The date joined must be after the birth date</translation>
    </message>
    <message>
        <source>联系电话“{phone}”格式不对：手机号为11位，座机如 0871-1234567</source>
        <translation>Phone &quot;{phone}&quot; is not in a known form: a mobile number has 11 digits, a landline is like 0871-1234567</translation>
    </message>
    <message>
        <source>会籍状态“{status}”不在可选范围内</source>
        <translation>Membership status &quot;{status}&quot; is not one of the choices</translation>
    </message>
    <message>
        <source>姓名过长（最多40个字）</source>
        <translation>The name is too long (at most 40 characters)</translation>
    </message>
    <message>
        <source>入会日期：{reason}</source>
        <translation>Date joined: {reason}</translation>
    </message>
    <message>
        <source>性别与身份证号不符：身份证号显示为{sex}</source>
        <translation>Sex does not match the ID number: the ID number says {sex}</translation>
    </message>
    <message>
        <source>出生日期：{reason}</source>
        <translation>Birth date: {reason}</translation>
    </message>
    <message>
        <source>出生日期与身份证号不符：身份证号显示为 {date}</source>
        <translation>Birth date does not match the ID number: the ID number says {date}</translation>
    </message>
    <message>
        <source>月缴费基数：{reason}</source>
        <translation>Monthly wage base: {reason}</translation>
    </message>
    <message>
        <source>月缴费基数不能为负数</source>
        <translation>The monthly wage base cannot be negative</translation>
    </message>
    <message>
        <source>身份证号：{reason}</source>
        <translation>ID number: {reason}</translation>
    </message>
    <message>
        <source>出生日期不能晚于今天</source>
        <translation>The birth date cannot be later than today</translation>
    </message>
    <message>
        <source>“{value}” 不是金额</source>
        <translation>&quot;{value}&quot; is not an amount of money</translation>
    </message>
    <message>
        <source>“{text}”不是月份或季度，应写成“3月”或“第二季度”</source>
        <translation>&quot;{text}&quot; is not a month or quarter; write a month like 3 or a quarter like Q2</translation>
    </message>
    <message>
        <source>月份“{text}”应在1到12之间</source>
        <translation>Month &quot;{text}&quot; should be between 1 and 12</translation>
    </message>
    <message>
        <source>计划项目名称不能为空</source>
        <translation>The plan item&apos;s name must not be empty</translation>
    </message>
    <message>
        <source>状态应为{choices}之一，不是“{status}”</source>
        <translation>Status should be one of {choices}, not &quot;{status}&quot;</translation>
    </message>
    <message>
        <source>年份 {year} 无效</source>
        <translation>Year {year} is not valid</translation>
    </message>
    <message>
        <source>计划项目名称过长（最多200字）</source>
        <translation>The plan item&apos;s name is too long (at most 200 characters)</translation>
    </message>
    <message>
        <source>计划时间：{reason}</source>
        <translation>Planned for: {reason}</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>工会名称</source>
        <translation>Union name</translation>
    </message>
    <message>
        <source>上级工会</source>
        <translation>Parent union</translation>
    </message>
    <message>
        <source>工会主席</source>
        <translation>Union chair</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>省份</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>职工总数</source>
        <translation>Total staff</translation>
    </message>
    <message>
        <source>会费比例</source>
        <translation>Dues rate</translation>
    </message>
    <message>
        <source>不计缴部分（分）</source>
        <translation>Part not counted for dues (fen)</translation>
    </message>
    <message>
        <source>收缴周期</source>
        <translation>Collection period</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>保留备份份数</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <source>落款日期格式</source>
        <translation>Signature date style</translation>
    </message>
    <message>
        <source>慰问标准</source>
        <translation>Benefit rules</translation>
    </message>
    <message>
        <source>男职工退休年龄</source>
        <translation>Retirement age, men</translation>
    </message>
    <message>
        <source>女干部（在编）退休年龄</source>
        <translation>Retirement age, women on the establishment</translation>
    </message>
    <message>
        <source>女职工（其他）退休年龄</source>
        <translation>Retirement age, other women</translation>
    </message>
    <message>
        <source>经费留成比例</source>
        <translation>Share of allocated funds kept</translation>
    </message>
    <message>
        <source>活动费用自动记账</source>
        <translation>Post activity costs automatically</translation>
    </message>
    <message>
        <source>没有名为“{key}”的设置。可用：{names}</source>
        <translation>There is no setting called &quot;{key}&quot;. Available: {names}</translation>
    </message>
    <message>
        <source>{label}应为不小于0的整数，不是“{value}”</source>
        <translation>{label} should be a whole number, 0 or more, not &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>{label}至少为1</source>
        <translation>{label} must be at least 1</translation>
    </message>
    <message>
        <source>{label}应在 40 到 75 岁之间</source>
        <translation>{label} should be between 40 and 75</translation>
    </message>
    <message>
        <source>{label}应在 0 到 10% 之间</source>
        <translation>{label} should be between 0 and 10%</translation>
    </message>
    <message>
        <source>{label}应为小数（如 0.005）或百分数（如 0.5%），不是“{value}”</source>
        <translation>{label} should be a decimal (like 0.005) or a percentage (like 0.5%), not &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>{label}应在 0 到 100% 之间</source>
        <translation>{label} should be between 0 and 100%</translation>
    </message>
    <message>
        <source>{label}应为小数（如 0.6）或百分数（如 60%），不是“{value}”</source>
        <translation>{label} should be a decimal (like 0.6) or a percentage (like 60%), not &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>{label}应为 是/否（true/false），不是“{value}”</source>
        <translation>{label} should be yes or no (true/false), not &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>{label}应为 {choices} 之一</source>
        <translation>{label} should be one of {choices}</translation>
    </message>
    <message>
        <source>{label}应为 arabic（{arabic}）或 chinese（{chinese}）</source>
        <translation>{label} should be arabic ({arabic}) or chinese ({chinese})</translation>
    </message>
    <message>
        <source>日期 {date} 在一个多月以后。慰问一般在发生后登记，确定日期无误吗？</source>
        <translation>The date {date} is more than a month ahead. Visits are usually recorded after they happen: is the date right?</translation>
    </message>
    <message>
        <source>{label}不能为负数（“{text}”）</source>
        <translation>{label} cannot be negative (&quot;{text}&quot;)</translation>
    </message>
    <message>
        <source>请写明“{person}”与会员的关系</source>
        <translation>Say how &quot;{person}&quot; is related to the member</translation>
    </message>
    <message>
        <source>请选择慰问类别</source>
        <translation>Choose the kind of visit</translation>
    </message>
    <message>
        <source>慰问金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>物品价值</source>
        <translation>Gift value</translation>
    </message>
    <message>
        <source>填了物品价值，请写明慰问品是什么</source>
        <translation>A value of goods is given: say what the goods are</translation>
    </message>
    <message>
        <source>经费来源应为 {choices} 之一，不是“{source}”</source>
        <translation>The fund should be one of {choices}, not &quot;{source}&quot;</translation>
    </message>
    <message>
        <source>{label}“{text}”不是金额，请写数字（元），如 500 或 500.00</source>
        <translation>{label} &quot;{text}&quot; is not an amount; write a number of yuan, such as 500 or 500.00</translation>
    </message>
    <message>
        <source>“{person}”不是会员：请选择与其相关的会员（如去世会员的家属，选该会员）</source>
        <translation>&quot;{person}&quot; is not a member: choose the member they are related to (for a deceased member&apos;s family, that member)</translation>
    </message>
    <message>
        <source>请选择慰问的会员（非会员须关联到一位会员）</source>
        <translation>Choose the member visited (a non-member must be linked to a member)</translation>
    </message>
    <message>
        <source>慰问类别“{kind}”不在类别列表中</source>
        <translation>Kind &quot;{kind}&quot; is not in the list of kinds</translation>
    </message>
    <message>
        <source>节日慰问须写明是哪个节日</source>
        <translation>A festival gift must name the festival</translation>
    </message>
    <message>
        <source>节日慰问不得发放现金或购物卡，只能发实物：请把慰问金改为 0，填写慰问品及其价值</source>
        <translation>Festival gifts may not be cash or shopping cards, only goods: set the cash to 0 and enter the goods and their value</translation>
    </message>
    <message>
        <source>节日慰问不得发放现金或购物卡（“{goods}”），只能发实物</source>
        <translation>Festival gifts may not be cash or shopping cards (&quot;{goods}&quot;), only goods</translation>
    </message>
    <message>
        <source>“{festival}”不是法定节日；可选：{choices}</source>
        <translation>&quot;{festival}&quot; is not a public holiday; choose from: {choices}</translation>
    </message>
    <message>
        <source>仅限会员</source>
        <translation>Members only</translation>
    </message>
    <message>
        <source>最多保留一位小数</source>
        <translation>at most one decimal place</translation>
    </message>
    <message>
        <source>退休人员慰问由行政经费开支</source>
        <translation>Retirees are paid by the administration</translation>
    </message>
    <message>
        <source>集体福利限按时缴纳会费的会员</source>
        <translation>Collective benefits only for members whose dues are paid</translation>
    </message>
    <message>
        <source>{message}（{rule}，依据：{source}）</source>
        <translation>{message} ({rule}; source: {source})</translation>
    </message>
    <message>
        <source>{person}（{member}的{relation}）</source>
        <translation>{person} ({member}&apos;s {relation})</translation>
    </message>
    <message>
        <source>{year}年慰问合规检查 — 标准：{name}（依据：{source}）</source>
        <translation>Benefit compliance check for {year} — standard: {name} (per {source})</translation>
    </message>
    <message>
        <source>共 {count} 处：</source>
        <translation>{count} found:</translation>
    </message>
    <message>
        <source>说明：{caution}</source>
        <translation>Note: {caution}</translation>
    </message>
    <message>
        <source>未发现超标或不合规的慰问。</source>
        <translation>No visit over the standard or against the rules was found.</translation>
    </message>
    <message>
        <source>{number}. {date}  {recipient}（{department}）  {kind}  {amount} 元 — {message}；规则：{rule}，依据：{source}；理由：{reason}</source>
        <translation>{number}. {date}  {recipient} ({department})  {kind}  {amount} yuan — {message}; rule: {rule}, per {source}; reason: {reason}</translation>
    </message>
    <message>
        <source>亲属</source>
        <translation>relative</translation>
    </message>
    <message>
        <source>未填部门</source>
        <translation>No department</translation>
    </message>
    <message>
        <source>{kind}·{festival}</source>
        <translation>{kind} · {festival}</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>{year}年{month}月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <source>{year}年{start_month}月{start_day}日至{end_month}月{end_day}日</source>
        <translation>{start_day}/{start_month} to {end_day}/{end_month}/{year}</translation>
    </message>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>{year}年上半年</source>
        <translation>first half of {year}</translation>
    </message>
    <message>
        <source>{year}年下半年</source>
        <translation>second half of {year}</translation>
    </message>
    <message>
        <source>{year}年工作计划还没有填写（计划页），文档中没有计划部分</source>
        <translation>The {year} work plan is not filled in yet (Plan tab), so the document has no plan part</translation>
    </message>
    <message>
        <source>{period}没有活动、计划等记录，总结部分没有内容可写</source>
        <translation>{period} has no activities, plan or other records, so the summary part has nothing to say</translation>
    </message>
    <message>
        <source>半年应为1（上半年）或2（下半年），不是“{half}”</source>
        <translation>The half should be 1 (first half) or 2 (second half), not &quot;{half}&quot;</translation>
    </message>
    <message>
        <source>自定义期间应在同一年内（计划按年度制定）</source>
        <translation>A custom period must lie within one year (plans are made by the year)</translation>
    </message>
    <message>
        <source>起止日期应写成 2026-03-01，不是“{start}”“{end}”</source>
        <translation>Write the start and end dates like 2026-03-01, not &quot;{start}&quot; &quot;{end}&quot;</translation>
    </message>
    <message>
        <source>类别“{name}”下已有 {used} 项活动，不能删除；可以改名，或先把这些活动改到别的类别。</source>
        <translation>Category &quot;{name}&quot; has {used} activities and cannot be deleted; rename it, or first move those activities to another category.</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的活动</source>
        <translation>There is no activity number {id}</translation>
    </message>
    <message>
        <source>组织层级“{level}”无效</source>
        <translation>Organised by &quot;{level}&quot; is not valid</translation>
    </message>
    <message>
        <source>类别名称不能为空</source>
        <translation>The category&apos;s name must not be empty</translation>
    </message>
    <message>
        <source>类别“{name}”已存在</source>
        <translation>Category &quot;{name}&quot; already exists</translation>
    </message>
    <message>
        <source>没有活动类别“{name}”</source>
        <translation>There is no activity category &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>会员编号 {ids} 不存在</source>
        <translation>Member numbers {ids} do not exist</translation>
    </message>
    <message>
        <source>获奖情况第{number}行：“{award}”没有获奖者</source>
        <translation>Awards row {number}: &quot;{award}&quot; has no winner</translation>
    </message>
    <message>
        <source>关联的计划项不存在</source>
        <translation>The linked plan item does not exist</translation>
    </message>
    <message>
        <source>关联的计划项“{item}”属于{plan_year}年计划，而活动日期在{year}年</source>
        <translation>The linked plan item &quot;{item}&quot; belongs to the {plan_year} plan, but the activity is dated in {year}</translation>
    </message>
    <message>
        <source>备份“{name}”不能用于恢复：{problems}</source>
        <translation>Backup &quot;{name}&quot; cannot be used to restore: {problems}</translation>
    </message>
    <message>
        <source>无法写入备份到“{folder}”：{reason}</source>
        <translation>Cannot write a backup to &quot;{folder}&quot;: {reason}</translation>
    </message>
    <message>
        <source>无法打开：{reason}</source>
        <translation>cannot be opened: {reason}</translation>
    </message>
    <message>
        <source>完整性检查未通过：{row}</source>
        <translation>failed the integrity check: {row}</translation>
    </message>
    <message>
        <source>不是 unionclerk 数据文件</source>
        <translation>not a unionclerk data file</translation>
    </message>
    <message>
        <source>由更新版本的 unionclerk 写入（数据版本 {version}）</source>
        <translation>written by a newer unionclerk (data version {version})</translation>
    </message>
    <message>
        <source>已损坏：{reason}</source>
        <translation>damaged: {reason}</translation>
    </message>
    <message>
        <source>“{path}”是一个文件夹，不是 unionclerk 数据文件：请给出文件夹中的 .db 文件。</source>
        <translation>&quot;{path}&quot; is a folder, not a unionclerk data file: give the .db file inside the folder.</translation>
    </message>
    <message>
        <source>“{name}”不是 unionclerk 数据文件（也不是 SQLite 数据库）。</source>
        <translation>&quot;{name}&quot; is not a unionclerk data file (nor an SQLite database).</translation>
    </message>
    <message>
        <source>找不到数据文件“{path}”。</source>
        <translation>The data file &quot;{path}&quot; cannot be found.</translation>
    </message>
    <message>
        <source>数据文件“{path}”是只读的（可能在写保护的U盘或只读文件夹中），这次修改没有保存（{reason}）。请把它复制到可写的位置，或选择另一个文件。</source>
        <translation>The data file &quot;{path}&quot; is read-only (perhaps on a write-protected USB stick or in a read-only folder); this change was not saved ({reason}). Copy it somewhere writable, or choose another file.</translation>
    </message>
    <message>
        <source>“{name}”是空文件，不是 unionclerk 数据文件。</source>
        <translation>&quot;{name}&quot; is an empty file, not a unionclerk data file.</translation>
    </message>
    <message>
        <source>数据版本 {version} 较旧，打开时将自动升级到 {latest}（升级前会先备份）</source>
        <translation>Data version {version} is older; it will be upgraded to {latest} when opened (after a backup)</translation>
    </message>
    <message>
        <source>数据文件“{path}”是只读的（可能在写保护的U盘或只读文件夹中），无法保存修改。请把它复制到可写的位置，或选择另一个文件。</source>
        <translation>The data file &quot;{path}&quot; is read-only (perhaps on a write-protected USB stick or in a read-only folder) and changes cannot be saved. Copy it somewhere writable, or choose another file.</translation>
    </message>
    <message>
        <source>文件夹“{folder}”是只读的，无法在这里新建数据文件。</source>
        <translation>The folder &quot;{folder}&quot; is read-only; a new data file cannot be made there.</translation>
    </message>
    <message>
        <source>“{name}”是 SQLite 数据库，但不是 unionclerk 数据文件，未作任何改动。</source>
        <translation>&quot;{name}&quot; is an SQLite database but not a unionclerk data file; nothing was changed.</translation>
    </message>
    <message>
        <source>“{name}”由更新版本的 unionclerk 写入（数据版本 {version}，本程序支持到 {latest}）。请升级 unionclerk 后再打开；文件未作任何改动。</source>
        <translation>&quot;{name}&quot; was written by a newer unionclerk (data version {version}; this one goes up to {latest}). Upgrade unionclerk, then open it; the file was not changed.</translation>
    </message>
    <message>
        <source>“{name}”的数据版本（{version}）较旧，只读时无法升级。请把它复制到可写的位置，用 unionclerk 打开一次（会先备份再升级）。</source>
        <translation>&quot;{name}&quot; has an older data version ({version}) that cannot be upgraded while read-only. Copy it somewhere writable and open it once with unionclerk (it backs up, then upgrades).</translation>
    </message>
    <message>
        <source>“{name}”是只读打开的（可能在写保护的U盘或光盘上），这次修改没有保存。要修改，请把文件复制到可写的位置后再打开。</source>
        <translation>&quot;{name}&quot; is open read-only (perhaps on a write-protected USB stick or disc); this change was not saved. To make changes, copy the file somewhere writable and open it there.</translation>
    </message>
    <message>
        <source>无法打开“{path}”：{reason}</source>
        <translation>Cannot open &quot;{path}&quot;: {reason}</translation>
    </message>
    <message>
        <source>“{name}”不是 unionclerk 数据文件，或已损坏：{reason}</source>
        <translation>&quot;{name}&quot; is not a unionclerk data file, or it is damaged: {reason}</translation>
    </message>
    <message>
        <source>“{name}”已损坏（{problem}）。请用“文件 → 恢复”从备份恢复。</source>
        <translation>&quot;{name}&quot; is damaged ({problem}). Restore it from a backup with File → Restore.</translation>
    </message>
    <message>
        <source>数据文件“{name}”正被其他程序占用（{reason}），这次修改没有保存。请稍后再试。</source>
        <translation>The data file &quot;{name}&quot; is in use by another program ({reason}); this change was not saved. Try again in a moment.</translation>
    </message>
    <message>
        <source>无法保存到“{name}”（{reason}），这次修改没有保存。</source>
        <translation>Cannot save to &quot;{name}&quot; ({reason}); this change was not saved.</translation>
    </message>
    <message>
        <source>没有要登记的会费</source>
        <translation>There are no dues to record</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的会费收缴</source>
        <translation>There is no dues collection number {id}</translation>
    </message>
    <message>
        <source>会费金额应大于0（会员编号 {member_id}，{month}）</source>
        <translation>The dues amount must be more than 0 (member number {member_id}, {month})</translation>
    </message>
    <message>
        <source>月份“{month}”应写成 2026-03</source>
        <translation>Month &quot;{month}&quot; should be written as 2026-03</translation>
    </message>
    <message>
        <source>工资总额应大于0</source>
        <translation>The total payroll must be more than 0</translation>
    </message>
    <message>
        <source>子目编码“{code}”应为5位数字（科目编码3位 + 2位）</source>
        <translation>Sub-item code &quot;{code}&quot; should be 5 digits (the subject&apos;s 3 and 2 more)</translation>
    </message>
    <message>
        <source>子目名称不能为空</source>
        <translation>The sub-item&apos;s name must not be empty</translation>
    </message>
    <message>
        <source>{year}年已结账，账目已锁定，不能修改。如确需修改，请先“反结账”并说明原因。</source>
        <translation>{year} is closed and its books are locked. To change them, first reopen the year and give the reason.</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的分录</source>
        <translation>There is no entry number {id}</translation>
    </message>
    <message>
        <source>金额不能为负数</source>
        <translation>The amount cannot be negative</translation>
    </message>
    <message>
        <source>子目编码“{code}”的前3位不是会计科目</source>
        <translation>The first 3 digits of sub-item code &quot;{code}&quot; are not a subject of the chart</translation>
    </message>
    <message>
        <source>名称“{name}”已被其他科目使用</source>
        <translation>The name &quot;{name}&quot; is used by another subject</translation>
    </message>
    <message>
        <source>{year}年的期初余额由{previous}年的期末余额结转而来，只有最早一年（{first}年）可以录入</source>
        <translation>The opening balance of {year} is carried over from the closing balance of {previous}; only the earliest year ({first}) takes one typed in</translation>
    </message>
    <message>
        <source>账不平，不能结账：账面期末余额 {book} 元，实有 {counted} 元，相差 {difference} 元</source>
        <translation>The books do not balance, so the year cannot be closed: closing balance {book} yuan, counted {counted} yuan, a difference of {difference} yuan</translation>
    </message>
    <message>
        <source>{year}年还没有结账，请先按年份顺序结账</source>
        <translation>{year} is not closed yet: close the years in order</translation>
    </message>
    <message>
        <source>{year}年没有结账，无需反结账</source>
        <translation>{year} is not closed, so there is nothing to reopen</translation>
    </message>
    <message>
        <source>反结账须说明原因</source>
        <translation>Give the reason for reopening the year</translation>
    </message>
    <message>
        <source>{year}年也已结账，请先反结账{year}年</source>
        <translation>{year} is closed too: reopen {year} first</translation>
    </message>
    <message>
        <source>科目 {code} {name} 是{kind}科目，不能记{direction}</source>
        <translation>Subject {code} {name} is an {kind} subject and cannot take an {direction}</translation>
    </message>
    <message>
        <source>{year}年已有凭证号 {voucher}（{date} {summary}）；下一个可用的是 {next}</source>
        <translation>{year} already has voucher number {voucher} ({date} {summary}); the next free one is {next}</translation>
    </message>
    <message>
        <source>活动“{title}”没有登记费用，无需记账</source>
        <translation>Activity &quot;{title}&quot; has no cost recorded, so there is nothing to post</translation>
    </message>
    <message>
        <source>{year}年已结账，{count} 笔慰问支出未能自动记账</source>
        <translation>{year} is closed: {count} visit expenses could not be posted</translation>
    </message>
    <message>
        <source>“{code} {name}”是会计制度规定的子目，不能改名</source>
        <translation>&quot;{code} {name}&quot; is a sub-item set by the accounting rules and cannot be renamed</translation>
    </message>
    <message>
        <source>活动“{title}”的记账分录未能同步：{reason}</source>
        <translation>The entry of activity &quot;{title}&quot; could not be brought up to date: {reason}</translation>
    </message>
    <message>
        <source>活动“{title}”（{date}）未能自动记账：{reason}</source>
        <translation>Activity &quot;{title}&quot; ({date}) could not be posted: {reason}</translation>
    </message>
    <message>
        <source>“{summary}”（{date}）未能记账：{reason}</source>
        <translation>&quot;{summary}&quot; ({date}) could not be posted: {reason}</translation>
    </message>
    <message>
        <source>“{summary}”（{date}）未能自动记账：{reason}</source>
        <translation>&quot;{summary}&quot; ({date}) could not be posted automatically: {reason}</translation>
    </message>
    <message>
        <source>“{summary}”的记账分录未能同步：{reason}</source>
        <translation>The entry of &quot;{summary}&quot; could not be brought up to date: {reason}</translation>
    </message>
    <message>
        <source>数据文件 {name} 正由另一个 unionclerk 窗口使用。请关闭那个窗口后再打开，或选择另一个文件。</source>
        <translation>The data file {name} is in use by another unionclerk window. Close that window and open it again, or choose another file.</translation>
    </message>
    <message>
        <source>日期不详</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>身份证号已登记：{name}（{department}）</source>
        <translation>This ID number is already registered: {name} ({department})</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的会员</source>
        <translation>There is no member number {id}</translation>
    </message>
    <message>
        <source>{name}已有其他台账记录（{count} 条），不能删除。如已离开工会，请改为变更会籍状态（转出、退会等）。</source>
        <translation>{name} has records in other books ({count}) and cannot be deleted. If they have left the union, change their membership status instead (transferred out, withdrawn…).</translation>
    </message>
    <message>
        <source>状态变更日期 {date} 早于入会日期 {joined}</source>
        <translation>The status change date {date} is before the date joined {joined}</translation>
    </message>
    <message>
        <source>入会日期 {joined} 晚于会籍变动“{status}”的日期 {date}</source>
        <translation>The date joined {joined} is after the date of the membership change &quot;{status}&quot;, {date}</translation>
    </message>
    <message>
        <source>{date} 时{name}的状态已经是“{status}”，不必重复记录</source>
        <translation>On {date} {name}&apos;s status was already &quot;{status}&quot;; no need to record it again</translation>
    </message>
    <message>
        <source>其后 {date} 已记有“{status}”，不必重复记录；如日期有误请先更正</source>
        <translation>&quot;{status}&quot; is already recorded later, on {date}; no need to record it again (if that date is wrong, correct it first)</translation>
    </message>
    <message>
        <source>{date} 之后已有“{status}”（{when}），这一变更记入历史后不会成为当前状态（仍为“{status}”）</source>
        <translation>&quot;{status}&quot; is recorded after {date} ({when}): this change goes into the history but does not become the current status (still &quot;{status}&quot;)</translation>
    </message>
    <message>
        <source>日期“{date}”无效，应写成 2026-03-01</source>
        <translation>The date &quot;{date}&quot; is not valid; write it as 2026-03-01</translation>
    </message>
    <message>
        <source>变更日期不能晚于今天</source>
        <translation>The date of the change cannot be later than today</translation>
    </message>
    <message>
        <source>变更日期不能早于入会日期 {joined}</source>
        <translation>The date of the change cannot be before the date joined {joined}</translation>
    </message>
    <message>
        <source>{name}的状态已经是“{status}”</source>
        <translation>{name}&apos;s status is already &quot;{status}&quot;</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的计划项</source>
        <translation>There is no plan item number {id}</translation>
    </message>
    <message>
        <source>状态“{status}”无效</source>
        <translation>Status &quot;{status}&quot; is not valid</translation>
    </message>
    <message>
        <source>计划时间只能填月份或季度之一</source>
        <translation>Plan a month or a quarter, not both</translation>
    </message>
    <message>
        <source>计划项“{title}”已有 {linked} 项活动关联，不能删除；不再执行的计划项请把状态改为“取消”。</source>
        <translation>Plan item &quot;{title}&quot; has {linked} linked activities and cannot be deleted; set an item no longer pursued to &quot;Cancelled&quot;.</translation>
    </message>
    <message>
        <source>{year}年还没有工作计划，无从复制</source>
        <translation>There is no work plan for {year} to copy</translation>
    </message>
    <message>
        <source>{year}年计划已有 {existing} 项，不能再复制；请先删除这些项目或换一个年份。</source>
        <translation>The {year} plan already has {existing} items, so nothing is copied; delete those items first or choose another year.</translation>
    </message>
    <message>
        <source>不能把计划复制到同一年</source>
        <translation>A plan cannot be copied to its own year</translation>
    </message>
    <message>
        <source>无法读取“{name}”：{reason}</source>
        <translation>Cannot read &quot;{name}&quot;: {reason}</translation>
    </message>
    <message>
        <source>“{kind}”不能删除（节日发放依它而定）</source>
        <translation>&quot;{kind}&quot; cannot be deleted (festival distributions depend on it)</translation>
    </message>
    <message>
        <source>类别“{name}”下已有 {used} 条慰问记录，不能删除；可以改名，或先把这些记录改到别的类别。</source>
        <translation>Kind &quot;{name}&quot; has {used} visit records and cannot be deleted; rename it, or first move those records to another kind.</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的慰问记录</source>
        <translation>There is no visit record number {id}</translation>
    </message>
    <message>
        <source>慰问金不能为负数</source>
        <translation>Cash cannot be negative</translation>
    </message>
    <message>
        <source>物品价值不能为负数</source>
        <translation>The value of goods cannot be negative</translation>
    </message>
    <message>
        <source>经费来源“{source}”无效</source>
        <translation>Fund &quot;{source}&quot; is not valid</translation>
    </message>
    <message>
        <source>请写明发放的物品</source>
        <translation>Say what goods were given</translation>
    </message>
    <message>
        <source>没有选中任何人</source>
        <translation>Nobody is chosen</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的节日发放批次</source>
        <translation>There is no festival distribution number {id}</translation>
    </message>
    <message>
        <source>“{kind}”不能改名（节日慰问的规则依它而定）</source>
        <translation>&quot;{kind}&quot; cannot be renamed (the festival gift rules depend on it)</translation>
    </message>
    <message>
        <source>没有慰问类别“{name}”</source>
        <translation>There is no kind of visit &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>节日“{festival}”不是法定节日</source>
        <translation>Festival &quot;{festival}&quot; is not a public holiday</translation>
    </message>
    <message>
        <source>节日慰问不得发放现金或购物卡，只能发实物</source>
        <translation>Festival gifts may not be cash or shopping cards, only goods</translation>
    </message>
    <message>
        <source>名单中有不存在的会员（{reason}）</source>
        <translation>The list has members who do not exist ({reason})</translation>
    </message>
    <message>
        <source>没有活动数据</source>
        <translation>there are no activities</translation>
    </message>
    <message>
        <source>获奖者为会员{name}</source>
        <translation>won by the member {name}</translation>
    </message>
    <message>
        <source>按本单位获奖记录</source>
        <translation>recorded as won by the organisation</translation>
    </message>
    <message>
        <source>原文记为奖项</source>
        <translation>the text kept as the award</translation>
    </message>
    <message>
        <source>花名册中有 {count} 位会员叫“{name}”，请在“参与会员身份证号”列写明是哪一位</source>
        <translation>The roster has {count} members called &quot;{name}&quot;: say which in the participants&apos; ID numbers column</translation>
    </message>
    <message>
        <source>{year}年计划中没有序号或名称为“{text}”的项目</source>
        <translation>The {year} plan has no item numbered or named &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>没有参与人次，也没有列出参与会员：按 0 人次导入；如有人参加，请填写人次或名单</source>
        <translation>No attendance and no participants listed: imported as 0; if people took part, give the attendance or the list</translation>
    </message>
    <message>
        <source>名次“{rank}”</source>
        <translation>rank &quot;{rank}&quot;</translation>
    </message>
    <message>
        <source>级别“{level}”</source>
        <translation>level &quot;{level}&quot;</translation>
    </message>
    <message>
        <source>花名册中没有会员“{name}”（导入不会新建会员，请先在会员台账中登记）</source>
        <translation>No member &quot;{name}&quot; in the roster (an import adds no members: register them in the members book first)</translation>
    </message>
    <message>
        <source>{vague}，请写明哪一天</source>
        <translation>{vague}: give the day</translation>
    </message>
    <message>
        <source>第{number}项不是“奖项/名次/获奖者/级别”的写法：{how}，请核对</source>
        <translation>Item {number} is not written as &quot;award/rank/winner/level&quot;: {how}; please check</translation>
    </message>
    <message>
        <source>第{number}项没有写获奖者：按本单位获奖记录，请核对</source>
        <translation>Item {number} names no winner: recorded as won by the organisation; please check</translation>
    </message>
    <message>
        <source>第{row}行（{name}）：{reason}。导入中止，未写入任何数据。</source>
        <translation>Row {row} ({name}): {reason}. The import stopped and nothing was written.</translation>
    </message>
    <message>
        <source>与第{first}行日期、活动名称相同</source>
        <translation>The same date and name as row {first}</translation>
    </message>
    <message>
        <source>第{number}项：{why}</source>
        <translation>Item {number}: {why}</translation>
    </message>
    <message>
        <source>第{number}项：花名册中没有会员“{winner}”（获奖者写会员姓名、团队名或“本单位”；团队名请带上 队/组/科/室/部 等字样）</source>
        <translation>Item {number}: no member &quot;{winner}&quot; in the roster (write a member&apos;s name, a team&apos;s name or the organisation as the winner; a team&apos;s name should say it is a team, group, office or department)</translation>
    </message>
    <message>
        <source>身份证号已隐去出生日期（来自隐去身份证号的导出文件），无法导入；请导出时勾选“写出完整身份证号”（命令行加 --full-id）后重新导入</source>
        <translation>The ID number has its birth date hidden (from an export with masked ID numbers) and cannot be imported; export again with &quot;Write full ID numbers&quot; ticked (--full-id on the command line) and import that</translation>
    </message>
    <message>
        <source>身份证号被 Excel 存成了数字，后几位已经丢失（显示为科学计数法或末尾变成0）。请把该列设为“文本”格式，重新填写身份证号后再导入</source>
        <translation>Excel stored the ID number as a number and its last digits are lost (shown in scientific notation or ending in 0s). Format the column as Text, type the ID numbers again, then import</translation>
    </message>
    <message>
        <source>“{text}”不是日期，应写成 2019-03-01 或 2019年3月</source>
        <translation>&quot;{text}&quot; is not a date; write it as 2019-03-01, or 2019-03 for a month</translation>
    </message>
    <message>
        <source>性别应为“男”或“女”（也可写 M/F），不是“{value}”</source>
        <translation>Sex should be &quot;male&quot; or &quot;female&quot; (M/F also do), not &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>应填“是”或“否”，不是“{value}”</source>
        <translation>Should be &quot;yes&quot; or &quot;no&quot;, not &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>“{text}”不在可选范围内（{choices}）</source>
        <translation>&quot;{text}&quot; is not one of the choices ({choices})</translation>
    </message>
    <message>
        <source>内容过长（{length} 个字符，最多 {limit} 个）</source>
        <translation>Too long ({length} characters, at most {limit})</translation>
    </message>
    <message>
        <source>“{name}”是乱码（文件曾用错误的编码保存过），请改正姓名后再导入</source>
        <translation>&quot;{name}&quot; is garbled (the file was once saved in the wrong encoding); correct the name before importing</translation>
    </message>
    <message>
        <source>“{name}”不是姓名：姓名中应有汉字或字母</source>
        <translation>&quot;{name}&quot; is not a name: a name has Chinese characters or letters</translation>
    </message>
    <message>
        <source>只有年份</source>
        <translation>Year only</translation>
    </message>
    <message>
        <source>只有年月</source>
        <translation>Year and month only</translation>
    </message>
    <message>
        <source>不是日期</source>
        <translation>not a date</translation>
    </message>
    <message>
        <source>数字 {value} 不是日期</source>
        <translation>The number {value} is not a date</translation>
    </message>
    <message>
        <source>只有年份（{year}年）</source>
        <translation>Year only ({year})</translation>
    </message>
    <message>
        <source>不是身份证号</source>
        <translation>not an ID number</translation>
    </message>
    <message>
        <source>不是金额</source>
        <translation>not an amount of money</translation>
    </message>
    <message>
        <source>“{text}”不是有效日期</source>
        <translation>&quot;{text}&quot; is not a valid date</translation>
    </message>
    <message>
        <source>数字 {value} 不是日期：年月请写成 {year}-03 或 {year}年3月</source>
        <translation>The number {value} is not a date: write a year and month as {year}-03</translation>
    </message>
    <message>
        <source>“{value}”不是电话号码</source>
        <translation>&quot;{value}&quot; is not a phone number</translation>
    </message>
    <message>
        <source>“{value}”不是金额</source>
        <translation>&quot;{value}&quot; is not an amount of money</translation>
    </message>
    <message>
        <source>按 {year}年10月 理解（若是1月请写成 {year}-01）</source>
        <translation>Read as October {year} (for January write {year}-01)</translation>
    </message>
    <message>
        <source>数据文件副本检查未通过：{problems}</source>
        <translation>The copy of the data file failed its check: {problems}</translation>
    </message>
    <message>
        <source>“{folder}”已存在；移交包只写入新文件夹，请换一个名称或位置。</source>
        <translation>&quot;{folder}&quot; already exists; a handover pack is written only into a new folder: choose another name or place.</translation>
    </message>
    <message>
        <source>无法写入检查用的临时文件（{reason}）：请检查磁盘空间后再导入。</source>
        <translation>Cannot write the temporary file used for checking ({reason}): check the free disk space, then import.</translation>
    </message>
    <message>
        <source>“{name}”在检查之后被改动过：导入中止，未写入任何数据。请重新检查该文件后再导入。</source>
        <translation>&quot;{name}&quot; was changed after it was checked: the import stopped and nothing was written. Check the file again, then import.</translation>
    </message>
    <message>
        <source>有无法识别的字符（显示为 �）</source>
        <translation>contains characters that cannot be read (shown as �)</translation>
    </message>
    <message>
        <source>有乱码（如“å¼ ä¸‰”：UTF-8 文字被当成了西文编码）</source>
        <translation>contains garbled text (such as &quot;å¼ ä¸‰&quot;: UTF-8 text read as a Western encoding)</translation>
    </message>
    <message>
        <source>没有分隔符和换行，不像表格文字</source>
        <translation>has no separators or line breaks, so it does not look like a table</translation>
    </message>
    <message>
        <source>无法识别文件的文字编码（不是 UTF-8，也不是 GBK）。请在 Excel/WPS 中打开，确认文字正常后另存为 .xlsx 再导入。</source>
        <translation>The file&apos;s text encoding cannot be recognised (it is neither UTF-8 nor GBK). Open it in Excel/WPS, check that the text looks right, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>有乱码（“{word}”）</source>
        <translation>contains garbled text (&quot;{word}&quot;)</translation>
    </message>
    <message>
        <source>大部分字符不是正常文字</source>
        <translation>is mostly not ordinary text</translation>
    </message>
    <message>
        <source>文件内容{reason}，可能曾用错误的编码打开并保存过，导入会存入乱码，已拒绝。请找到原始文件，或在 Excel/WPS 中确认文字显示正常后另存为 .xlsx 再导入。</source>
        <translation>The file&apos;s content {reason}; it may once have been opened and saved with the wrong encoding, and importing it would store garbled text, so it was refused. Find the original file, or open it in Excel/WPS, check that the text looks right, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>“{name}”不是文本表格（CSV），也不是 Excel 文件。</source>
        <translation>&quot;{name}&quot; is neither a text table (CSV) nor an Excel file.</translation>
    </message>
    <message>
        <source>“{name}”：{reason}</source>
        <translation>&quot;{name}&quot;: {reason}</translation>
    </message>
    <message>
        <source>“{name}”第 {line} 行无法解析：{reason}</source>
        <translation>Line {line} of &quot;{name}&quot; cannot be read: {reason}</translation>
    </message>
    <message>
        <source>“{name}”超过 {limit} 行，超出导入上限；请拆分文件后再导入。</source>
        <translation>&quot;{name}&quot; has more than {limit} rows, over the import limit; split the file, then import.</translation>
    </message>
    <message>
        <source>状态日期：{reason}</source>
        <translation type="vanished">Status date: {reason}</translation>
    </message>
    <message>
        <source>文件夹“{folder}”不存在。</source>
        <translation>The folder &quot;{folder}&quot; does not exist.</translation>
    </message>
    <message>
        <source>无法在“{folder}”中写入：{reason}</source>
        <translation>Cannot write in &quot;{folder}&quot;: {reason}</translation>
    </message>
    <message>
        <source>已取消，移交包没有写出。</source>
        <translation>Cancelled; no handover pack was written.</translation>
    </message>
    <message>
        <source>写“{file}”时出错：{reason}</source>
        <translation>Error writing &quot;{file}&quot;: {reason}</translation>
    </message>
    <message>
        <source>是公式，导入不接受公式：请复制该列，用“选择性粘贴→数值”后再导入</source>
        <translation>is a formula, and imports take no formulas: copy the column, use Paste Special → Values, then import</translation>
    </message>
    <message>
        <source>“{target}”不是可映射的字段。可用：{choices}、备注、忽略</source>
        <translation>&quot;{target}&quot; is not a field a column can go to. Available: {choices}, notes, ignore</translation>
    </message>
    <message>
        <source>在“{source}”的前 {scan} 行中找不到表头：应有一行写着 {words} 等列名。</source>
        <translation>No header row in the first {scan} rows of &quot;{source}&quot;: there should be a row with column names such as {words}.</translation>
    </message>
    <message>
        <source>“{source}”只有表头（第{row}行），{nothing}。</source>
        <translation>&quot;{source}&quot; has only a header (row {row}): {nothing}.</translation>
    </message>
    <message>
        <source>“{source}”是空表，没有可导入的内容。</source>
        <translation>&quot;{source}&quot; is an empty sheet with nothing to import.</translation>
    </message>
    <message>
        <source>第{row}、{next}行是两行表头（合并单元格），已合并读作一行：{headers}</source>
        <translation>Rows {row} and {next} are a two-row header (merged cells), read as one: {headers}</translation>
    </message>
    <message>
        <source>“{source}”的表头行（第{row}行）中没有“{field}”列，无法导入。</source>
        <translation>The header row (row {row}) of &quot;{source}&quot; has no &quot;{field}&quot; column, so it cannot be imported.</translation>
    </message>
    <message>
        <source>表头不认识，按内容（{sample}…）当作“{field}”导入；如不对，请改表头或用 --map &quot;{header}=备注&quot;</source>
        <translation>Header not recognised; imported as &quot;{field}&quot; by its content ({sample}…); if that is wrong, change the header or use --map &quot;{header}=notes&quot;</translation>
    </message>
    <message>
        <source>与第{column}列“{header}”是同一字段（{field}）：只取第{column}列，本列内容记入备注、不计入该字段；如两列都要，请先在表格中合并成一列</source>
        <translation>The same field ({field}) as column {column} &quot;{header}&quot;: only column {column} is taken, this one goes into the notes; if both are wanted, merge them into one column first</translation>
    </message>
    <message>
        <source>没有分录</source>
        <translation>there are no entries</translation>
    </message>
    <message>
        <source>{note}（{count}行）</source>
        <translation>{note} ({count} rows)</translation>
    </message>
    <message>
        <source>跳过了 {count} 行合计（本月合计、本年累计等），由程序重新计算</source>
        <translation>{count} total rows (month totals, year to date…) skipped; the program works them out again</translation>
    </message>
    <message>
        <source>一行只能是收入或支出之一，不能两者都填</source>
        <translation>A row is either income or expense, not both</translation>
    </message>
    <message>
        <source>{year}年已结账，不能再记入</source>
        <translation>{year} is closed; nothing more can be entered in it</translation>
    </message>
    <message>
        <source>收入和支出都是空的</source>
        <translation>Income and expense are both empty</translation>
    </message>
    <message>
        <source>凭证号应含正整数</source>
        <translation>The voucher number should contain a positive whole number</translation>
    </message>
    <message>
        <source>文件的上年结转 {file} 元与账中{year}年的期初余额 {book} 元不符（期初由上年结转而来，未改动）</source>
        <translation>The carried-over balance in the file, {file} yuan, differs from the opening balance of {year} in the books, {book} yuan (the opening balance is carried over and was not changed)</translation>
    </message>
    <message>
        <source>第{row}行：{reason}</source>
        <translation>Row {row}: {reason}</translation>
    </message>
    <message>
        <source>与第{first}行的凭证号重复</source>
        <translation>The same voucher number as row {first}</translation>
    </message>
    <message>
        <source>文件中的余额 {stated} 与按收支计算的 {computed} 不符（相差 {difference}），导入按计算值记账</source>
        <translation>The balance in the file, {stated}, differs from {computed} computed from the entries (by {difference}); the import keeps the computed one</translation>
    </message>
    <message>
        <source>只有年月，没有日</source>
        <translation>Only a year and month, no day</translation>
    </message>
    <message>
        <source>{code} {name} 是{kind}科目，金额却在“{column}”栏</source>
        <translation>{code} {name} is an {kind} subject, but the amount is in the &quot;{column}&quot; column</translation>
    </message>
    <message>
        <source>账中{year}年已有凭证号 {voucher}；不填凭证号则自动编号</source>
        <translation>The books of {year} already have voucher number {voucher}; leave the voucher number empty to have one given</translation>
    </message>
    <message>
        <source>入会日期为空：按日期不详记录，需要入会日期的期间人数不计入此人，并注明人数</source>
        <translation>The date joined is empty: recorded as unknown; counts for a period that need it leave this person out and say so</translation>
    </message>
    <message>
        <source>文件没有“入会日期”列：新会员按入会日期不详记录，需要入会日期的期间人数不计入他们，并注明人数；已有会员的入会日期不变</source>
        <translation>The file has no date-joined column: new members are recorded with the date unknown (counts for a period that need it leave them out and say so); members already registered keep their date joined</translation>
    </message>
    <message>
        <source>{hint}，按当月1日（{date}）记录</source>
        <translation>{hint}; recorded as the 1st of the month ({date})</translation>
    </message>
    <message>
        <source>没有会员数据</source>
        <translation>there are no members</translation>
    </message>
    <message>
        <source>{hint}，按当年1月1日（{date}）记录</source>
        <translation>{hint}; recorded as 1 January ({date})</translation>
    </message>
    <message>
        <source>花名册中已有同名、同出生日期（{birth_date}）的会员“{name}”（{others}），本行身份证号不同，按另一人新增；如是同一人，请核对身份证号</source>
        <translation>The roster already has a member &quot;{name}&quot; with the same birth date ({birth_date}) ({others}); this row&apos;s ID number differs, so it is added as another person. If it is the same person, check the ID number</translation>
    </message>
    <message>
        <source>按改名处理：登记的“{stored}”改为“{name}”</source>
        <translation>Taken as a change of name: &quot;{stored}&quot; as registered becomes &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>身份证号 {id_number}，{department}</source>
        <translation>ID number {id_number}, {department}</translation>
    </message>
    <message>
        <source>会籍状态应为 {choices} 之一</source>
        <translation>The membership status should be one of {choices}</translation>
    </message>
    <message>
        <source>姓名为空</source>
        <translation>The name is empty</translation>
    </message>
    <message>
        <source>状态变更日期不能晚于今天</source>
        <translation>The status change date cannot be later than today</translation>
    </message>
    <message>
        <source>“{status}”没有填写日期：按日期不详记录，需要该日期的期间人数不计入此人，并注明人数</source>
        <translation>&quot;{status}&quot; has no date: recorded as unknown; counts for a period that need it leave this person out and say so</translation>
    </message>
    <message>
        <source>原姓名与身份证号 {id_number} 登记的姓名“{stored}”不符</source>
        <translation>The former name does not match &quot;{stored}&quot;, the name registered with ID number {id_number}</translation>
    </message>
    <message>
        <source>身份证号 {id_number} 已登记为“{stored}”，姓名不同：不会覆盖。若是改名，请在“原姓名”列填写“{stored}”；否则请核对身份证号</source>
        <translation>ID number {id_number} is registered as &quot;{stored}&quot;, a different name: not overwritten. For a change of name, put &quot;{stored}&quot; in the former name column; otherwise check the ID number</translation>
    </message>
    <message>
        <source>状态变更日期早于入会日期 {joined}</source>
        <translation>The status change date is before the date joined {joined}</translation>
    </message>
    <message>
        <source>与第{first}行的身份证号相同</source>
        <translation>The same ID number as row {first}</translation>
    </message>
    <message>
        <source>与第{first}行姓名、出生日期相同且都没有身份证号，无法区分</source>
        <translation>The same name and birth date as row {first}, and neither has an ID number: they cannot be told apart</translation>
    </message>
    <message>
        <source>扩展名“{suffix}”</source>
        <translation>the extension &quot;{suffix}&quot;</translation>
    </message>
    <message>
        <source>没有扩展名</source>
        <translation>no extension</translation>
    </message>
    <message>
        <source>无法写入“{path}”：{given}，请用 {names}</source>
        <translation>Cannot write &quot;{path}&quot;: {given}; use {names}</translation>
    </message>
    <message>
        <source>压缩包设有密码，无法读取</source>
        <translation>the archive has a password and cannot be read</translation>
    </message>
    <message>
        <source>压缩数据已损坏</source>
        <translation>the compressed data is damaged</translation>
    </message>
    <message>
        <source>内容不是完整的表格数据（XML 已损坏）</source>
        <translation>the content is not complete table data (damaged XML)</translation>
    </message>
    <message>
        <source>压缩包结构已损坏</source>
        <translation>the archive&apos;s structure is damaged</translation>
    </message>
    <message>
        <source>缺少必需的部件</source>
        <translation>a required part is missing</translation>
    </message>
    <message>
        <source>单元格数据无效</source>
        <translation>the cell data is not valid</translation>
    </message>
    <message>
        <source>“{name}”的工作表“{sheet}”超过 {limit} 行，超出导入上限；请删去多余的行或拆分文件后再导入。</source>
        <translation>Sheet &quot;{sheet}&quot; of &quot;{name}&quot; has more than {limit} rows, over the import limit; delete the extra rows or split the file, then import.</translation>
    </message>
    <message>
        <source>无法写入“{path}”：{reason}</source>
        <translation>Cannot write &quot;{path}&quot;: {reason}</translation>
    </message>
    <message>
        <source>没有计划项目</source>
        <translation>there are no plan items</translation>
    </message>
    <message>
        <source>“{source}”没有“年度”列：请用 --year 指明这是哪一年的计划。</source>
        <translation>&quot;{source}&quot; has no year column: give the plan&apos;s year with --year.</translation>
    </message>
    <message>
        <source>没有年度：请填写年度列或用 --year</source>
        <translation>No year: fill in the year column or use --year</translation>
    </message>
    <message>
        <source>年度应为四位数字，如 2027</source>
        <translation>The year should have four digits, such as 2027</translation>
    </message>
    <message>
        <source>与第{first}行重复</source>
        <translation>A repeat of row {first}</translation>
    </message>
    <message>
        <source>共 {rows} 行：新增 {added}，更新 {updated}，未变 {unchanged}，跳过 {skipped}</source>
        <translation>{rows} rows: {added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped</translation>
    </message>
    <message>
        <source>导入完成 — {counts}</source>
        <translation>Import finished — {counts}</translation>
    </message>
    <message>
        <source>试导入（未写入）— {counts}</source>
        <translation>Trial import (nothing written) — {counts}</translation>
    </message>
    <message>
        <source>未导入任何数据 — 发现 {errors} 个错误（{rows} 行）</source>
        <translation>Nothing imported — {errors} errors found ({rows} rows)</translation>
    </message>
    <message>
        <source>“{name}”设有打开密码（文件已加密），无法读取。请在 Excel 或 WPS 中用密码打开它，取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码）另存为 .xlsx 后再导入。</source>
        <translation>&quot;{name}&quot; has a password to open it (the file is encrypted) and cannot be read. Open it in Excel or WPS with the password, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>文件内容无法识别（{kind}）</source>
        <translation>the content cannot be recognised ({kind})</translation>
    </message>
    <message>
        <source>“{name}”不是可导入的表格：请使用 .xlsx、.xls 或 .csv 文件。</source>
        <translation>&quot;{name}&quot; is not a table that can be imported: use an .xlsx, .xls or .csv file.</translation>
    </message>
    <message>
        <source>找不到文件“{path}”。</source>
        <translation>File &quot;{path}&quot; not found.</translation>
    </message>
    <message>
        <source>“{name}”是空文件。</source>
        <translation>&quot;{name}&quot; is an empty file.</translation>
    </message>
    <message>
        <source>“{name}”太大（{size} MB），超过 {limit} MB 的上限。</source>
        <translation>&quot;{name}&quot; is too big ({size} MB); the limit is {limit} MB.</translation>
    </message>
    <message>
        <source>“{name}”不是有效的 Excel 文件（可能已损坏、不完整或只是改了扩展名）。</source>
        <translation>&quot;{name}&quot; is not a valid Excel file (it may be damaged or incomplete, or only its extension was changed).</translation>
    </message>
    <message>
        <source>“{name}”不是有效的 .xls 文件（可能已损坏或只是改了扩展名）。</source>
        <translation>&quot;{name}&quot; is not a valid .xls file (it may be damaged, or only its extension was changed).</translation>
    </message>
    <message>
        <source>“{name}”是设有密码的压缩包，无法读取。请用不带密码的 .xlsx 文件导入。</source>
        <translation>&quot;{name}&quot; is a password-protected archive and cannot be read. Import an .xlsx file without a password.</translation>
    </message>
    <message>
        <source>“{name}”是压缩文件，但不是 Excel 工作簿。</source>
        <translation>&quot;{name}&quot; is a compressed file but not an Excel workbook.</translation>
    </message>
    <message>
        <source>“{name}”解压后共 {size} MB，超过 {limit} MB 的上限，拒绝读取。</source>
        <translation>&quot;{name}&quot; comes to {size} MB unpacked, over the {limit} MB limit; not read.</translation>
    </message>
    <message>
        <source>“{name}”不是有效的 Excel 文件（文件已损坏或不完整：{reason}）。</source>
        <translation>&quot;{name}&quot; is not a valid Excel file (it is damaged or incomplete: {reason}).</translation>
    </message>
    <message>
        <source>“{name}”的内容“{part}”解压后异常巨大（压缩比超过 {ratio} 倍），拒绝读取（疑似压缩炸弹）。</source>
        <translation>The part &quot;{part}&quot; of &quot;{name}&quot; would be abnormally large unpacked (compressed more than {ratio} times); not read (it looks like a zip bomb).</translation>
    </message>
    <message>
        <source>无法读取“{name}”：文件已损坏或不是 Excel 工作簿（{reason}）。</source>
        <translation>Cannot read &quot;{name}&quot;: the file is damaged or not an Excel workbook ({reason}).</translation>
    </message>
    <message>
        <source>读取“{name}”的工作表“{sheet}”时出错：文件已损坏或不完整（{reason}）。</source>
        <translation>Error reading sheet &quot;{sheet}&quot; of &quot;{name}&quot;: the file is damaged or incomplete ({reason}).</translation>
    </message>
    <message>
        <source>无法读取“{name}”：不是有效的 .xls 文件，文件已损坏或只是改了扩展名（{reason}）。</source>
        <translation>Cannot read &quot;{name}&quot;: not a valid .xls file; it is damaged, or only its extension was changed ({reason}).</translation>
    </message>
    <message>
        <source>“{name}”的工作表“{sheet}”有 {rows} 行，超过 {limit} 行的导入上限。</source>
        <translation>Sheet &quot;{sheet}&quot; of &quot;{name}&quot; has {rows} rows, over the import limit of {limit} rows.</translation>
    </message>
    <message>
        <source>没有慰问数据</source>
        <translation>there are no visits</translation>
    </message>
    <message>
        <source>只有年月，请写明哪一天</source>
        <translation>Only a year and month: give the day</translation>
    </message>
    <message>
        <source>身份证号对应的会员是“{member}”，与姓名“{name}”不一致</source>
        <translation>The ID number is the member &quot;{member}&quot;, which does not match the name &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>花名册中有 {count} 位会员叫“{name}”，请在“身份证号”列写明是哪一位</source>
        <translation>The roster has {count} members called &quot;{name}&quot;: say which in the ID number column</translation>
    </message>
    <message>
        <source>超出慰问标准：{breach}</source>
        <translation>Over the benefit standard: {breach}</translation>
    </message>
    <message>
        <source>超出慰问标准：{breach}；可在“超标理由”列说明</source>
        <translation>Over the benefit standard: {breach}; a reason can be given in the reason-for-exceeding column</translation>
    </message>
    <message>
        <source>慰问类别“{kind}”不在类别列表中（{kinds}）</source>
        <translation>Kind &quot;{kind}&quot; is not in the list of kinds ({kinds})</translation>
    </message>
    <message>
        <source>慰问类别不能为空</source>
        <translation>The kind of visit must not be empty</translation>
    </message>
    <message>
        <source>没有写明节日，按日期认作{festival}</source>
        <translation>No festival named; taken from the date as {festival}</translation>
    </message>
    <message>
        <source>花名册中没有身份证号为 {id_number} 的会员（导入不会新建会员）</source>
        <translation>No member with ID number {id_number} in the roster (an import adds no members)</translation>
    </message>
    <message>
        <source>第{row}行：{reason}。导入中止，未写入任何数据。</source>
        <translation>Row {row}: {reason}. The import stopped and nothing was written.</translation>
    </message>
    <message>
        <source>“{path}”是一个文件夹：请给出要保存的文件名</source>
        <translation>&quot;{path}&quot; is a folder: give the name of the file to save</translation>
    </message>
    <message>
        <source>无法写入“{path}”：文件夹“{folder}”不存在</source>
        <translation>Cannot write &quot;{path}&quot;: the folder &quot;{folder}&quot; does not exist</translation>
    </message>
    <message>
        <source>无法写入“{path}”：没有写入文件夹“{folder}”的权限</source>
        <translation>Cannot write &quot;{path}&quot;: no permission to write in the folder &quot;{folder}&quot;</translation>
    </message>
</context>
</TS>
