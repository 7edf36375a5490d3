package dev.newsimpact.cli;

import dev.newsimpact.output.RecordKind;
import dev.newsimpact.output.Records;
import dev.newsimpact.pipeline.ArticleResult;
import dev.newsimpact.pipeline.ScoredClaim;
import dev.newsimpact.pipeline.ScoredMention;
import dev.newsimpact.store.StoredRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's records as the database keeps them: every impact and every mention record, whatever
 * the command printed, so one database answers questions about claims and mentions alike.
 */
final class StoredRecords {
  private StoredRecords() {}

  static List<StoredRecord> of(ArticleResult result) {
    List<StoredRecord> stored = new ArrayList<>();
    List<String> impacts = Records.json(result, RecordKind.IMPACT);
    for (int i = 0; i < impacts.size(); i++) {
      ScoredClaim scored = result.claims().get(i);
      var claim = scored.claim();
      stored.add(new StoredRecord(RecordKind.IMPACT.schema(), claim.entity().security().ticker(),
          claim.type().schemaName(), claim.value(), claim.unit(), scored.sentiment().score(),
          impacts.get(i)));
    }
    List<String> mentions = Records.json(result, RecordKind.MENTION);
    for (int i = 0; i < mentions.size(); i++) {
      ScoredMention scored = result.mentions().get(i);
      stored.add(new StoredRecord(RecordKind.MENTION.schema(),
          scored.mention().security().ticker(), null, null, null, scored.sentiment().score(),
          mentions.get(i)));
    }
    return stored;
  }
}
