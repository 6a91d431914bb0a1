package org.prongsai.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import org.prongsai.disclosure.Criteria.ItemCriteria;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.search.ThaiWords;

/**
 * Searches a station's published content in Thai and English. Thai is written without spaces
 * between words, so text is segmented with Lucene's Thai analyzer, both when indexed and when
 * asked. Each station's index is built in memory on its first search and again after it publishes.
 */
@Service
public class ContentSearch {

	static final int MAX_RESULTS = 20;


	private final Map<UUID, ByteBuffersDirectory> indexes = new ConcurrentHashMap<>();

	private final DisclosureContent content;

	private final CriteriaCatalogue catalogue;

	private final Laws laws;

	private final Clock clock;

	ContentSearch(DisclosureContent content, CriteriaCatalogue catalogue, Laws laws, Clock clock) {
		this.content = content;
		this.catalogue = catalogue;
		this.laws = laws;
		this.clock = clock;
	}

	/**
	 * Published content of the station matching every word of the query, best first.
	 * @return at most {@value #MAX_RESULTS} hits; none for a query without words
	 */
	public List<SearchHit> search(UUID stationId, String query) {
		List<String> words = words(query);
		if (words.isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		words.forEach(word -> all.add(new TermQuery(new Term("text", word)), BooleanClause.Occur.MUST));
		try (DirectoryReader reader = DirectoryReader.open(indexes.computeIfAbsent(stationId, this::build))) {
			IndexSearcher searcher = new IndexSearcher(reader);
			List<SearchHit> hits = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(all.build(), MAX_RESULTS).scoreDocs) {
				Document doc = searcher.storedFields().document(hit.doc);
				hits.add(new SearchHit(new LocalizedText(doc.get("titleTh"), doc.get("titleEn")), doc.get("item"),
						Integer.parseInt(doc.get("year"))));
			}
			return hits;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A station published or withdrew something: its index is rebuilt on the next search. */
	@EventListener
	void onPublished(DisclosureEvents.ContentPublished event) {
		indexes.remove(event.stationId());
	}

	/** The words of a text as the index holds them. */
	List<String> words(String text) {
		return ThaiWords.of(text);
	}

	private ByteBuffersDirectory build(UUID stationId) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ThaiWords.analyzer()))) {
			for (FiscalYear year : catalogue.years()) {
				Criteria criteria = catalogue.forYear(year).orElseThrow();
				ContentSnapshot snapshot = content.snapshot(stationId, year, clock.instant());
				for (ContentSnapshot.Document d : snapshot.documents()) {
					writer.addDocument(doc(d.title(), d.title().th() + " " + d.title().en(), d.itemCode(), year));
				}
				for (ContentSnapshot.News n : snapshot.news()) {
					itemAsking(criteria, n.category()).ifPresent(item ->
							add(writer, doc(n.title(), n.title().th() + " " + n.title().en(), item.code(), year)));
				}
				for (ContentSnapshot.Text t : snapshot.texts()) {
					itemAsking(criteria, t.kind()).ifPresent(item ->
							add(writer, doc(item.title(), t.body(), item.code(), year)));
				}
				for (Laws.Law law : laws.at(stationId, year, clock.instant())) {
					itemAsking(criteria, Laws.FIELD).ifPresent(item ->
							add(writer, doc(law.title(), law.title().th() + " " + law.title().en(), item.code(), year)));
				}
				for (Map.Entry<String, LocalizedText> fact : content.facts(stationId, year, clock.instant()).entrySet()) {
					itemAsking(criteria, fact.getKey()).ifPresent(item -> add(writer,
							doc(item.title(), fact.getValue().th() + " " + fact.getValue().en(), item.code(), year)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return directory;
	}

	/** The item whose elements ask for this news category, text kind or field. */
	private static Optional<ItemCriteria> itemAsking(Criteria criteria, String name) {
		return criteria.items().stream().filter(item -> item.elements().stream().anyMatch(e -> {
			Check c = e.check();
			return c instanceof Check.NewsCount n && n.category().equals(name)
					|| c instanceof Check.BilingualText t && t.stores(name)
					|| c instanceof Check.FieldFilled f && f.field().equals(name);
		})).findFirst();
	}

	private static Document doc(LocalizedText title, String text, String item, FiscalYear year) {
		Document doc = new Document();
		doc.add(new TextField("text", title.th() + " " + title.en() + " " + text, Field.Store.NO));
		doc.add(new StoredField("titleTh", title.th()));
		doc.add(new StoredField("titleEn", title.en()));
		doc.add(new StoredField("item", item));
		doc.add(new StoredField("year", String.valueOf(year.beYear())));
		return doc;
	}

	private static void add(IndexWriter writer, Document doc) {
		try {
			writer.addDocument(doc);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One hit: what it is called and the item page it is published on. */
	public record SearchHit(LocalizedText title, String itemCode, int fiscalYear) {
	}
}
