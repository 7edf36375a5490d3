package dev.newsimpact.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same page layout (menu, article, related links, footer) in scripts written with and without
 * spaces and in legacy charsets: the article's paragraphs and nothing else must come out. The rules
 * are meant to hold for any language, so none of these pages has a rule of its own.
 */
class MultilingualExtractionTest {

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', value = {
    "ja|Shift_JIS|ホーム,マーケット,ニュース,お問い合わせ|東京株式市場で日経平均株価は大幅に続落し、前日比で一時千円を超える下げとなった。半導体関連株への売りが広がり、相場全体を押し下げた。|市場関係者は、米国の長期金利の上昇が投資家心理を冷やしたと指摘している。外国人投資家の売り越しも続いた。|為替市場では円高が進み、輸出関連企業の業績への懸念が強まった。",
    "zh|GBK|首页,财经,股票,联系我们|上海证券交易所综合指数周二下跌百分之二，创下一个月来的最大单日跌幅，科技股领跌。|分析人士表示，投资者对经济增长放缓的担忧加剧，外资连续第三天净卖出中国股票。|人民币兑美元汇率也小幅走弱，市场预计央行将进一步采取支持措施。",
    "th|TIS-620|หน้าแรก,ข่าว,ตลาดหุ้น,ติดต่อเรา|ดัชนีตลาดหลักทรัพย์แห่งประเทศไทยปิดตลาดวันนี้ปรับตัวลดลงอย่างมาก โดยหุ้นกลุ่มพลังงานและธนาคารถูกเทขายออกมาอย่างต่อเนื่องตลอดทั้งวัน|นักวิเคราะห์ระบุว่านักลงทุนต่างชาติยังคงขายสุทธิต่อเนื่องเป็นวันที่ห้า เนื่องจากความกังวลเรื่องการชะลอตัวของเศรษฐกิจโลก|ค่าเงินบาทอ่อนค่าลงเมื่อเทียบกับดอลลาร์สหรัฐ ส่งผลให้ตลาดมีความผันผวนสูงขึ้นในช่วงบ่าย",
    "ar|windows-1256|الرئيسية,أخبار,الأسواق,اتصل بنا|تراجع المؤشر العام لسوق الأسهم السعودية بنسبة اثنين في المئة في تعاملات يوم الثلاثاء، متأثرا بهبوط أسعار النفط في الأسواق العالمية.|وقال محللون إن المستثمرين باعوا أسهم البنوك وشركات البتروكيماويات وسط مخاوف من تباطؤ الطلب على الطاقة.|وفي الوقت نفسه ارتفعت أسهم شركات الاتصالات بشكل طفيف مع توقعات بنتائج فصلية قوية.",
    "ru|windows-1251|Главная,Новости,Рынки,Контакты|Индекс Московской биржи во вторник снизился на два процента на фоне падения цен на нефть и ослабления рубля.|Аналитики отмечают, что инвесторы продавали акции нефтегазовых компаний и банков, опасаясь новых санкций.|Курс доллара на бирже превысил девяносто рублей впервые с начала месяца."
  })
  void theArticleComesOutInAnyScript(String language, String charset, String menu, String p1,
      String p2, String p3) throws Exception {
    StringBuilder html = new StringBuilder("<html lang=\"" + language + "\"><head><meta charset=\""
        + charset + "\"><title>T</title></head><body><div class=\"top\"><ul>");
    for (String item : menu.split(",")) {
      html.append("<li><a href=\"/").append(item.hashCode()).append("\">").append(item).append("</a></li>");
    }
    html.append("</ul></div><div class=\"main\"><div class=\"story\">");
    for (String p : List.of(p1, p2, p3)) {
      html.append("<p>").append(p).append("</p>");
    }
    html.append("</div><div class=\"more\"><ul>");
    for (String item : menu.split(",")) {
      html.append("<li><a href=\"/r").append(item.hashCode()).append("\">").append(item).append("</a></li>");
    }
    html.append("</ul></div></div><div class=\"bottom\">© 2025</div></body></html>");
    byte[] bytes = html.toString().getBytes(Charset.forName(charset));

    Article article = Fixtures.extract(Fixtures.file(language + ".html", bytes));

    assertThat(article.text()).isEqualTo(String.join("\n", p1, p2, p3));
    assertThat(article.language()).isEqualTo(language);
  }
}
