package org.prongsai.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.prongsai.platform.security.SecretFiles;

/**
 * Keeps what a complaint says sealed at rest, by envelope encryption: each value is encrypted
 * with a fresh AES-256-GCM key of its own, and that key is wrapped with the station's master key,
 * a file in a folder outside the database and the repository. A copied database therefore holds
 * nothing readable, and a sealed value moved to another field, record, complaint or station fails
 * to open, as its {@link Place} and station are bound into the encryption: the complainant's
 * identity cannot be swapped with what the complaint says, nor a file's name with its content.
 * Rotating adds a master key and keeps the old ones, so everything sealed before still opens.
 */
final class ComplaintVault {

	/**
	 * The layout a value is sealed in now. Layout 1 bound a value to its station and record only;
	 * values sealed so still open, bound as they were.
	 */
	private static final byte BOUND_TO_FIELD = 2;

	private static final byte BOUND_TO_RECORD = 1;

	private static final int NONCE = 12;

	private static final int TAG_BITS = 128;

	private final Path folder;

	private final SecureRandom random;

	/** @param folder where each station's master keys live, one folder per station code */
	ComplaintVault(Path folder, SecureRandom random) {
		this.folder = folder;
		this.random = random;
	}

	/** Seals a value for its place with the station's newest master key, making its first when it has none. */
	byte[] seal(String station, Place place, byte[] content) {
		MasterKey master = current(station).orElseGet(() -> rotate(station));
		byte[] binding = place.binding(station);
		try {
			SecretKey dataKey = newKey();
			byte[] dataNonce = nonce();
			byte[] sealed = cipher(Cipher.ENCRYPT_MODE, dataKey, dataNonce, binding).doFinal(content);
			byte[] keyNonce = nonce();
			byte[] wrapped = cipher(Cipher.ENCRYPT_MODE, master.key(), keyNonce, binding).doFinal(dataKey.getEncoded());
			return ByteBuffer.allocate(1 + 4 + NONCE + 2 + wrapped.length + NONCE + sealed.length)
				.put(BOUND_TO_FIELD).putInt(master.number()).put(keyNonce).putShort((short) wrapped.length).put(wrapped)
				.put(dataNonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * Opens what {@link #seal} sealed for the same station and place.
	 * @throws Unreadable when the value was altered, belongs to another field, record, complaint or
	 *     station, or its master key is not in the folder
	 */
	byte[] open(String station, Place place, byte[] sealed) {
		try {
			ByteBuffer in = ByteBuffer.wrap(sealed);
			byte layout = in.get();
			byte[] binding = switch (layout) {
				case BOUND_TO_FIELD -> place.binding(station);
				case BOUND_TO_RECORD -> (station + "/" + place.record()).getBytes(StandardCharsets.US_ASCII);
				default -> throw new Unreadable("unknown layout");
			};
			MasterKey master = key(station, in.getInt()).orElseThrow(() -> new Unreadable("the master key is not here"));
			byte[] keyNonce = new byte[NONCE];
			in.get(keyNonce);
			byte[] wrapped = new byte[in.getShort()];
			in.get(wrapped);
			byte[] dataNonce = new byte[NONCE];
			in.get(dataNonce);
			byte[] body = new byte[in.remaining()];
			in.get(body);
			byte[] dataKey = cipher(Cipher.DECRYPT_MODE, master.key(), keyNonce, binding).doFinal(wrapped);
			return cipher(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey, "AES"), dataNonce, binding).doFinal(body);
		}
		catch (AEADBadTagException | java.nio.BufferUnderflowException | NegativeArraySizeException ex) {
			throw new Unreadable("altered, or sealed for another place");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/** Text sealed as UTF-8. */
	byte[] sealText(String station, Place place, String text) {
		return seal(station, place, text.getBytes(StandardCharsets.UTF_8));
	}

	String openText(String station, Place place, byte[] sealed) {
		return new String(open(station, place, sealed), StandardCharsets.UTF_8);
	}

	/** Gives the station a new master key to seal with from now on; the old ones stay for opening. */
	MasterKey rotate(String station) {
		try {
			int number = keys(station).size() + 1;
			SecretKey key = newKey();
			SecretFiles.create(folder(station).resolve(String.format("%06d.key", number)), key.getEncoded());
			return new MasterKey(number, key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not keep a complaint master key", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES is not available", ex);
		}
	}

	private Optional<MasterKey> current(String station) {
		List<Path> keys = keys(station);
		return keys.isEmpty() ? Optional.empty() : key(station, keys.size());
	}

	private Optional<MasterKey> key(String station, int number) {
		Path file = folder(station).resolve(String.format("%06d.key", number));
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(new MasterKey(number, new SecretKeySpec(Files.readAllBytes(file), "AES")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read a complaint master key", ex);
		}
	}

	private List<Path> keys(String station) {
		Path dir = folder(station);
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.getFileName().toString().matches("\\d{6}\\.key")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path folder(String station) {
		if (!station.matches("[a-z0-9][a-z0-9-]{0,39}")) {
			throw new IllegalArgumentException("not a station code: " + station);
		}
		return folder.resolve(station);
	}

	private SecretKey newKey() throws GeneralSecurityException {
		KeyGenerator generator = KeyGenerator.getInstance("AES");
		generator.init(256, random);
		return generator.generateKey();
	}

	private byte[] nonce() {
		byte[] nonce = new byte[NONCE];
		random.nextBytes(nonce);
		return nonce;
	}

	private static Cipher cipher(int mode, SecretKey key, byte[] nonce, byte[] binding) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(binding);
		return cipher;
	}

	/** The fields of a complaint that are sealed, each on its own. */
	enum Field {
		CONTENT, IDENTITY, MESSAGE, FILE_NAME, FILE_CONTENT
	}

	/**
	 * Where a sealed value belongs: a field of a record of a complaint. Bound into its encryption,
	 * so that it opens nowhere else.
	 * @param record the message or file the value is part of; the complaint itself for its content and identity
	 */
	record Place(UUID complaint, Field field, UUID record) {

		/** A field of the complaint itself. */
		static Place of(UUID complaint, Field field) {
			return new Place(complaint, field, complaint);
		}

		/** What the value belongs to, authenticated with it. */
		byte[] binding(String station) {
			return ("prongsai-complaint/" + station + "/" + complaint + "/" + field + "/" + record)
				.getBytes(StandardCharsets.US_ASCII);
		}
	}

	/** A station's master key and its number, which a sealed value carries. */
	record MasterKey(int number, SecretKey key) {
	}

	/** A sealed value that cannot be opened here. */
	static class Unreadable extends RuntimeException {

		Unreadable(String message) {
			super(message);
		}
	}
}
