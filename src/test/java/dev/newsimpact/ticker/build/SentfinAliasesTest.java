package dev.newsimpact.ticker.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.ticker.SecurityKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SEntFiN rules: which forms equal to the NSE symbol are names, and when the first word of a
 * name is one. Drafts and rows built by hand; the word lists are the curated ones.
 */
class SentfinAliasesTest {

  private static WordLists words;

  @BeforeAll
  static void readWords() throws IOException {
    words = WordLists.read(Path.of("src/main/universe"));
  }

  @Test
  void anAbbreviationOrAnAmpersandIsANameTheSymbolSpellsAWordIsNot() {
    assertThat(SentfinAliases.keepsSymbolForm("BPCL")).isTrue();
    assertThat(SentfinAliases.keepsSymbolForm("PNB")).isTrue();
    assertThat(SentfinAliases.keepsSymbolForm("M&M")).isTrue();
    assertThat(SentfinAliases.keepsSymbolForm("RELIANCE")).isFalse();
    assertThat(SentfinAliases.keepsSymbolForm("BRITANNIA")).isFalse();
  }

  @Test
  void theFirstWordCountsWhenTheSymbolSpellsIt() {
    assertThat(SentfinAliases.firstWordAlias("MARUTI", "Maruti Suzuki India Ltd.")).isEqualTo("Maruti");
    assertThat(SentfinAliases.firstWordAlias("BRITANNIA", "Britannia Industries")).isEqualTo("Britannia");
    assertThat(SentfinAliases.firstWordAlias("TITAN", "Titan")).isNull(); // the whole name already
    assertThat(SentfinAliases.firstWordAlias("DLF", "DLF Ltd.")).isNull(); // an abbreviation
    assertThat(SentfinAliases.firstWordAlias("INDIGO", "Interglobe Aviation Ltd.")).isNull();
  }

  @Test
  void addsSymbolFormsAndFirstWordsThatNameOnlyThatCompany(@TempDir Path sources) throws IOException {
    Map<String, Draft> drafts = new TreeMap<>();
    Draft bpcl = draft(drafts, "BPCL.NS", "Bharat Petroleum", 0.8);
    Draft mm = draft(drafts, "M&M.NS", "Mahindra & Mahindra", 0.8);
    Draft maruti = draft(drafts, "MARUTI.NS", "Maruti Suzuki India", 0.8);
    Draft reliance = draft(drafts, "RELIANCE.NS", "Reliance Industries", 0.9);
    draft(drafts, "RS", "Reliance Steel & Aluminum", 0.7).addAlias("Reliance", Draft.Origin.NAME, false);
    draft(drafts, "PNC", "PNC Financial Services", 0.9);
    Draft pncInfra = draft(drafts, "PNC.NS", "PNC Infratech", 0.2);
    Draft hdfc = draft(drafts, "HDFC.NS", "Housing Development Finance", 0.8);
    draft(drafts, "HDFCBANK.NS", "HDFC Bank", 0.9).addAlias("HDFC Bank", Draft.Origin.NAME, false);
    Draft prakash = draft(drafts, "PRAKASH.NS", "Prakash Industries", 0.25);
    Draft oil = draft(drafts, "OIL.NS", "Oil India", 0.6);
    write(sources, """
        ,Symbol,Entity
        0,BPCL,"Bharat Petroleum Corp. Ltd., Bharat Petroleum, BPCL"
        1,M&M,"Mahindra & Mahindra Ltd., Mahindra & Mahindra, M&M"
        2,MARUTI,"Maruti Suzuki India Ltd., Maruti Suzuki, MARUTI"
        3,RELIANCE,"Reliance Industries Ltd., Reliance Industries, RELIANCE, RIL"
        4,PNC,"PNC Infratech Ltd., PNC"
        5,HDFC,"Housing Development Finance Corporation Ltd., HDFC"
        6,PRAKASH,"Prakash Industries Ltd., PRAKASH"
        7,OIL,"Oil India Ltd., OIL"
        """);

    SentfinAliases.read(sources, drafts, words);

    assertThat(bpcl.aliases).containsKeys("BPCL", "Bharat Petroleum");
    assertThat(mm.aliases).containsKey("M&M");
    assertThat(maruti.aliases).containsKeys("Maruti", "Maruti Suzuki");
    // "Reliance" is Reliance Steel's name too; the symbol is no name
    assertThat(reliance.aliases).containsKeys("RIL", "Reliance Industries")
        .doesNotContainKeys("Reliance", "RELIANCE");
    // PNC is a US symbol, HDFC the first word of the bigger HDFC Bank, oil an everyday word
    assertThat(pncInfra.aliases).doesNotContainKey("PNC");
    assertThat(hdfc.aliases).doesNotContainKey("HDFC");
    assertThat(oil.aliases).doesNotContainKey("OIL");
    // a small company's first word is rarely the one meant
    assertThat(prakash.aliases).containsOnlyKeys("Prakash Industries");
  }

  @Test
  void aRenamedSymbolFindsItsListingByName(@TempDir Path sources) throws IOException {
    Map<String, Draft> drafts = new TreeMap<>();
    Draft phoenix = draft(drafts, "PHOENIXLTD.NS", "Phoenix Mills", 0.6);
    Draft ruchiBse = draft(drafts, "RUCHISOYA.BO", "Ruchi Soya Industries", 0.3);
    Draft alpha = draft(drafts, "ALPHA.NS", "Alpha Industries", 0.3);
    draft(drafts, "ALPHAX.NS", "Alpha Industries", 0.3);
    write(sources, """
        ,Symbol,Entity
        0,PHOENXINTL,"The Phoenix Mills Ltd., The Phoenix Mills, Phoenix Mills, PHOENXINTL"
        1,RUCHISOYA,"Ruchi Soya Industries Ltd., Ruchi Soya, RUCHISOYA"
        2,ALPHAOLD,"Alpha Industries Ltd., Alpha Inds"
        """);

    SentfinAliases.read(sources, drafts, words);

    assertThat(phoenix.aliases).containsKey("Phoenix Mills");
    assertThat(ruchiBse.aliases).containsKey("Ruchi Soya");
    // two listings share the name: neither is taken
    assertThat(alpha.aliases).doesNotContainKey("Alpha Inds");
    assertThat(SentfinAliases.nameKey("Clariant (India) Ltd.")).isEqualTo("clariant");
    Draft max = draft(drafts, "MAXIND.NS", "Max India", 0.3);
    SentfinAliases.gatherLongForms(max, "Max India Ltd., Max India, Max group, MAXINDIA");
    assertThat(max.aliases).containsOnlyKeys("Max India");
  }

  private static Draft draft(Map<String, Draft> drafts, String ticker, String name, double size) {
    Draft d = new Draft(ticker, SecurityKind.EQUITY);
    d.offerName(name, 0);
    d.size = size;
    drafts.put(ticker, d);
    return d;
  }

  private static void write(Path sources, String csv) throws IOException {
    Path dir = Files.createDirectories(sources.resolve("sentfin_aliases"));
    Files.writeString(dir.resolve("entity_list_comprehensive.csv"), csv, StandardCharsets.UTF_8);
  }
}
