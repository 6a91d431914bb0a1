package org.prongsai.eservice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.prongsai.platform.security.SecretFiles;

/**
 * Each station's Ed25519 keys for the documents it issues, kept as files in a folder of their own,
 * never in the database or the repository, so that a copied database can neither forge a
 * certificate nor pass an edited one. A station signs with its newest key; rotating adds a key and
 * keeps the old ones, so every certificate signed before stays verifiable. A key is named by the
 * first 8 bytes of its public key's SHA-256, which a signature carries.
 */
final class SigningKeys {

	private static final Base64.Encoder NAME = Base64.getUrlEncoder().withoutPadding();

	private final Path folder;

	/** Parsed public keys by station and key id. */
	private final Map<String, Map<String, PublicKey>> parsed = new ConcurrentHashMap<>();

	SigningKeys(Path folder) {
		this.folder = folder;
	}

	/** Signs with the station's newest key, making its first key when it has none. */
	Signed sign(String station, byte[] content) {
		StationKey key = current(station).orElseGet(() -> rotate(station));
		try {
			Signature signer = Signature.getInstance("Ed25519");
			signer.initSign(key.privateKey());
			signer.update(content);
			return new Signed(key.id(), signer.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Ed25519 signing failed", ex);
		}
	}

	/** Whether one of the station's keys, the one named, signed exactly this content. */
	boolean verify(String station, byte[] keyId, byte[] signature, byte[] content) {
		Optional<PublicKey> key = publicKey(station, keyId);
		if (key.isEmpty()) {
			return false;
		}
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(key.get());
			verifier.update(content);
			return verifier.verify(signature);
		}
		catch (java.security.SignatureException ex) {
			return false;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Ed25519 verification failed", ex);
		}
	}

	/** Makes the station a new key to sign with from now on; the old ones stay for verifying. */
	StationKey rotate(String station) {
		try {
			KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			byte[] id = id(pair.getPublic().getEncoded());
			Path dir = SecretFiles.folder(folder(station));
			// Numbered so that the newest sorts last, whatever the clock says.
			String name = String.format("%06d-%s", keys(station).size() + 1, NAME.encodeToString(id));
			SecretFiles.create(dir.resolve(name + ".key"), pair.getPrivate().getEncoded());
			Files.write(dir.resolve(name + ".pub"), pair.getPublic().getEncoded());
			return new StationKey(id, pair.getPrivate(), pair.getPublic());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Ed25519 is not available", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The station's public keys, oldest first, as PEM: what anyone needs to check its documents offline. */
	List<String> publicKeysPem(String station) {
		List<String> pems = new ArrayList<>();
		for (Path pub : keys(station)) {
			try {
				pems.add("-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
					.encodeToString(Files.readAllBytes(pub)) + "\n-----END PUBLIC KEY-----\n");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return pems;
	}

	private Optional<StationKey> current(String station) {
		List<Path> keys = keys(station);
		if (keys.isEmpty()) {
			return Optional.empty();
		}
		Path pub = keys.get(keys.size() - 1);
		Path secret = pub.resolveSibling(pub.getFileName().toString().replace(".pub", ".key"));
		try {
			KeyFactory factory = KeyFactory.getInstance("Ed25519");
			PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(pub)));
			PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(secret)));
			return Optional.of(new StationKey(id(publicKey.getEncoded()), privateKey, publicKey));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("unreadable signing key " + secret, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The station's public key with this id. Parsed keys are kept in memory, as verification is
	 * public and frequent; an id not yet known re-reads the folder, so a key rotated by the command
	 * line in another process is found too.
	 */
	private Optional<PublicKey> publicKey(String station, byte[] keyId) {
		String name = NAME.encodeToString(keyId);
		PublicKey known = parsed.getOrDefault(station, Map.of()).get(name);
		if (known != null) {
			return Optional.of(known);
		}
		Map<String, PublicKey> keys = new HashMap<>();
		for (Path pub : keys(station)) {
			try {
				byte[] encoded = Files.readAllBytes(pub);
				keys.put(NAME.encodeToString(id(encoded)), KeyFactory.getInstance("Ed25519")
					.generatePublic(new X509EncodedKeySpec(encoded)));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("unreadable public key " + pub, ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		parsed.put(station, Map.copyOf(keys));
		return Optional.ofNullable(keys.get(name));
	}

	/** The station's public keys, oldest first, each with its id as a code names it. */
	List<PublicKeyFile> publicKeys(String station) {
		List<String> pems = publicKeysPem(station);
		List<Path> files = keys(station);
		List<PublicKeyFile> keys = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			String file = files.get(i).getFileName().toString();
			keys.add(new PublicKeyFile(i + 1, file.substring(file.indexOf('-') + 1, file.length() - ".pub".length()), pems.get(i)));
		}
		return keys;
	}

	/** The station's public key files, oldest first. */
	private List<Path> keys(String station) {
		Path dir = folder(station);
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".pub"))
				.sorted(Comparator.comparing(f -> f.getFileName().toString()))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The station's own folder; a station code is a slug, so it never leads out of the keys' folder. */
	private Path folder(String station) {
		if (!station.matches("[a-z0-9][a-z0-9-]{0,39}")) {
			throw new IllegalArgumentException("not a station code: " + station);
		}
		return folder.resolve(station);
	}

	private static byte[] id(byte[] encodedPublicKey) {
		try {
			return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(encodedPublicKey), 8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A key of a station. */
	record StationKey(byte[] id, PrivateKey privateKey, PublicKey publicKey) {
	}

	/**
	 * A public key as the station publishes it.
	 * @param number 1 for the station's first key, counting up with each rotation
	 * @param id the key's id in base64url, as codes carry it
	 */
	record PublicKeyFile(int number, String id, String pem) {
	}

	/** A signature and the key that made it. */
	record Signed(byte[] keyId, byte[] signature) {
	}
}
