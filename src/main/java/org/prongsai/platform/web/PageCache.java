package org.prongsai.platform.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.prongsai.platform.audit.AuditedEvent;

/**
 * Rendered public pages, kept for a short while so that anonymous visitors don't each pay for a
 * Thymeleaf render. Filled and served by {@link PageCacheFilter}. Every audited change of content
 * empties it once its transaction commits, so a page never shows data older than the last write.
 */
@Component
public class PageCache {

	private final Duration ttl;

	private final int maxEntries;

	private final LongSupplier nanoTime;

	/** Bumped by every invalidation: a render that began before it must not be stored after it. */
	private final AtomicLong generation = new AtomicLong();

	private final Map<String, Page> pages;

	@Autowired
	PageCache(@Value("${prongsai.web.page-cache.ttl:60s}") Duration ttl,
			@Value("${prongsai.web.page-cache.max-entries:500}") int maxEntries) {
		this(ttl, maxEntries, System::nanoTime);
	}

	PageCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
		this.ttl = ttl;
		this.maxEntries = maxEntries;
		this.nanoTime = nanoTime;
		this.pages = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
				return size() > PageCache.this.maxEntries;
			}
		};
	}

	/** Forgets every page; the next visitor of each gets a fresh render. */
	public void invalidateAll() {
		synchronized (pages) {
			generation.incrementAndGet();
			pages.clear();
		}
	}

	/**
	 * An audited event that changes content means a page may change. Inside a transaction the pages
	 * are forgotten when it completes (so a render between the change and the commit can't be kept);
	 * otherwise at once.
	 * A plain listener with a synchronization, not {@code @TransactionalEventListener}, because the
	 * event publication registry would record every event for a transactional listener.
	 */
	@EventListener
	void on(AuditedEvent event) {
		if (!event.changesContent()) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					invalidateAll();
				}
			});
		}
		else {
			invalidateAll();
		}
	}

	/** A zero TTL or size turns the cache off. */
	boolean enabled() {
		return maxEntries > 0 && !ttl.isNegative() && !ttl.isZero();
	}

	long generation() {
		return generation.get();
	}

	@Nullable Page get(String key) {
		synchronized (pages) {
			Page page = pages.get(key);
			if (page != null && nanoTime.getAsLong() - page.storedAt() > ttl.toNanos()) {
				pages.remove(key);
				return null;
			}
			return page;
		}
	}

	/** Keeps a page rendered while {@code generationAtStart} was current, unless a change came since. */
	void put(String key, long generationAtStart, String contentType, @Nullable String contentLanguage, byte[] body,
			String etag, List<Map.Entry<String, String>> headers) {
		if (!enabled()) {
			return;
		}
		Page page = new Page(body, contentType, contentLanguage, etag, nanoTime.getAsLong(), List.copyOf(headers));
		synchronized (pages) {
			if (generation.get() == generationAtStart) {
				pages.put(key, page);
			}
		}
	}

	int size() {
		synchronized (pages) {
			return pages.size();
		}
	}

	/** A strong validator: the first 128 bits of the body's SHA-256. */
	static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One rendered page. */
	record Page(byte[] body, String contentType, @Nullable String contentLanguage, String etag, long storedAt,
			List<Map.Entry<String, String>> headers) {

		@Override
		public String toString() {
			return "Page[" + contentType + ", " + body.length + " bytes, " + etag + "]";
		}
	}
}
