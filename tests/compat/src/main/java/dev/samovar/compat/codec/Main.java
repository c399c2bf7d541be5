package dev.samovar.compat.codec;

import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.binary.Base32;
import org.apache.commons.codec.binary.Base64;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.codec.digest.MurmurHash3;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.Soundex;
import org.apache.commons.codec.net.URLCodec;

/**
 * Apache commons-codec: Base64/Base32/Hex, digests, phonetic encoders, URL encoding, MurmurHash3.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    byte[] data = "Samovar ☕ brews Java into WebAssembly!".getBytes(StandardCharsets.UTF_8);
    String b64 = Base64.encodeBase64String(data);
    System.out.println("base64 " + b64);
    System.out.println("base64url " + Base64.encodeBase64URLSafeString(data));
    System.out.println("decoded " + new String(Base64.decodeBase64(b64), StandardCharsets.UTF_8));
    System.out.println("base32 " + new Base32().encodeAsString(data));
    System.out.println("hex " + Hex.encodeHexString(data));

    System.out.println("md5 " + DigestUtils.md5Hex(data));
    System.out.println("sha1 " + DigestUtils.sha1Hex("abc"));
    System.out.println("sha256 " + DigestUtils.sha256Hex("abc"));
    System.out.println("sha512 " + DigestUtils.sha512Hex(data));

    Soundex soundex = new Soundex();
    DoubleMetaphone metaphone = new DoubleMetaphone();
    for (String name :
        new String[] {"Robert", "Rupert", "Tymczak", "Pfister", "Schmidt", "Ashcraft"}) {
      System.out.println(
          name
              + " soundex "
              + soundex.encode(name)
              + " metaphone "
              + metaphone.doubleMetaphone(name)
              + "/"
              + metaphone.doubleMetaphone(name, true));
    }

    URLCodec url = new URLCodec();
    String encoded = url.encode("a b&c=d/é?");
    System.out.println("url " + encoded + " -> " + url.decode(encoded));

    long[] murmur = MurmurHash3.hash128x64(data);
    System.out.println(
        "murmur3 32 " + MurmurHash3.hash32x86(data) + " 128 " + murmur[0] + " " + murmur[1]);
  }
}
