package org.prongsai.platform.files;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A lock per hash of content, so that deleting content no record names any more never races with
 * a keep of the same bytes whose record is not committed yet: the check that nothing names it and
 * the deletion run as one, while no keep of that hash is under way, and a keep waits for a deletion
 * of its hash to end before it looks for the content. A keep holds its hash from before it looks
 * until its record commits or rolls back; a deletion holds it only while it checks and deletes.
 * Within one process only: several nodes sharing a file store need a lock they all see, which
 * deploying on several nodes will have to bring.
 */
final class ContentLocks {

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition deleted = lock.newCondition();

	/** By hash: how many keeps wait for their record to settle, or {@link #DELETING}; absent when neither. */
	private final Map<String, Integer> hashes = new HashMap<>();

	private static final int DELETING = -1;

	/** Marks content as being kept, once no deletion of it is under way. */
	void keeping(String sha256) {
		lock.lock();
		try {
			awaitNoDeletion(sha256);
			hashes.merge(sha256, 1, Integer::sum);
		}
		finally {
			lock.unlock();
		}
	}

	/** A keep's record committed or rolled back: the content is no longer being kept by it. */
	void settled(String sha256) {
		lock.lock();
		try {
			hashes.computeIfPresent(sha256, (hash, keeps) -> keeps == 1 ? null : keeps - 1);
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Runs a deletion of content (its check that nothing names it, and the deletion) unless a keep
	 * of it is under way: that keep's record will name it, or its rollback deletes it then.
	 */
	void deleting(String sha256, Runnable deletion) {
		lock.lock();
		try {
			awaitNoDeletion(sha256);
			if (hashes.containsKey(sha256)) {
				return;
			}
			hashes.put(sha256, DELETING);
		}
		finally {
			lock.unlock();
		}
		try {
			deletion.run();
		}
		finally {
			lock.lock();
			try {
				hashes.remove(sha256);
				deleted.signalAll();
			}
			finally {
				lock.unlock();
			}
		}
	}

	// A deletion is a query and a file removal: short enough to wait for without giving way to interrupts.
	private void awaitNoDeletion(String sha256) {
		while (hashes.getOrDefault(sha256, 0) == DELETING) {
			deleted.awaitUninterruptibly();
		}
	}
}
