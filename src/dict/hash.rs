//! CPython-compatible hashing (Python/pyhash.c, Objects/longobject.c,
//! Objects/floatobject.c, Objects/tupleobject.c, Objects/setobject.c,
//! Python/bootstrap_hash.c), for a 64-bit build.
//!
//! Every function returns a value that is never -1: CPython reserves -1 as
//! its error marker and maps it to -2, and the tables in this module rely on
//! that too (a stored hash of -1 marks a hole).

use num_bigint::{BigInt, Sign};
use siphasher::sip::SipHasher13;
use std::hash::Hasher;

/// Bits of the numeric hash modulus: hashes of numbers are computed modulo
/// the Mersenne prime 2**61 - 1 (`sys.hash_info.modulus`).
pub const HASH_BITS: u32 = 61;
/// 2**61 - 1.
pub const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314_159;
/// Multiplier of the imaginary part in `hash(complex)`.
pub const HASH_IMAG: u64 = 1_000_003;

/// Maps CPython's reserved error value -1 to -2.
#[inline]
fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(int)` for a machine integer: sign * (|x| mod 2**61-1), -1 -> -2.
#[inline]
pub fn hash_i64(x: i64) -> i64 {
    let m = (x.unsigned_abs() % HASH_MODULUS) as i64;
    fix(if x < 0 { -m } else { m })
}

/// `hash(int)` for an arbitrary-precision integer; agrees with [`hash_i64`]
/// on values that fit.
pub fn hash_bigint(x: &BigInt) -> i64 {
    // Horner's rule over 32-bit digits, most significant first. Multiplying
    // by 2**32 modulo 2**61-1 is a 61-bit rotation, so `acc` stays < 2**61-1.
    let mut acc: u64 = 0;
    for d in x.magnitude().iter_u32_digits().rev() {
        acc = ((acc << 32) & HASH_MODULUS) | (acc >> (HASH_BITS - 32));
        acc += d as u64;
        if acc >= HASH_MODULUS {
            acc -= HASH_MODULUS;
        }
    }
    let h = acc as i64;
    fix(if x.sign() == Sign::Minus { -h } else { h })
}

/// `frexp`: `v == m * 2**e` with 0.5 <= |m| < 1 (for finite, non-zero v).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// `hash(float)` per `_Py_HashDouble`. Integral values hash like the equal
/// int, infinities are ±314159; NaN returns `None` because CPython 3.10+
/// hashes a NaN by its identity (`hash_pointer` of the object).
pub fn hash_f64(v: f64) -> Option<i64> {
    if !v.is_finite() {
        if v.is_infinite() {
            return Some(if v > 0.0 { HASH_INF } else { -HASH_INF });
        }
        return None;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    // Process 28 bits of mantissa at a time, as CPython does, reducing
    // modulo 2**61-1 (a rotation) as we go.
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    // Multiply by 2**e: reduce e modulo 61 (2**61 == 1 mod P) and rotate.
    let bits = HASH_BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    Some(fix((x as i64).wrapping_mul(sign)))
}

/// `hash(complex)`: real and imaginary parts hashed as floats, combined with
/// 1000003. `nan_hash` is the object's identity hash, used for a NaN part.
pub fn hash_complex(re: f64, im: f64, nan_hash: i64) -> i64 {
    let hr = hash_f64(re).unwrap_or(nan_hash) as u64;
    let hi = hash_f64(im).unwrap_or(nan_hash) as u64;
    fix(hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)) as i64)
}

/// `_Py_HashPointer`: the address rotated right by 4 bits (the low bits of
/// an aligned address are always zero). Used for `object.__hash__` / `id`.
#[inline]
pub fn hash_pointer(p: usize) -> i64 {
    fix((p as u64).rotate_right(4) as i64)
}

/// The process-wide key of the str/bytes hash (`_Py_HashSecret`): the
/// SipHash key is its first 16 bytes, read as two little-endian u64.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct HashSecret {
    pub k0: u64,
    pub k1: u64,
}

/// Text of CPython's fatal error for a bad `PYTHONHASHSEED`.
pub const HASHSEED_ERROR: &str =
    "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]";

impl HashSecret {
    /// `PYTHONHASHSEED=0`: the all-zero key, CPython's reproducible hashes.
    pub const ZERO: HashSecret = HashSecret { k0: 0, k1: 0 };

    /// A fixed seed N in 1..=4294967295 fills the secret with CPython's
    /// `lcg_urandom(N)` (the MSVC rand() LCG, byte 2 of each state); 0
    /// gives the all-zero key.
    pub fn from_seed(seed: u32) -> HashSecret {
        if seed == 0 {
            return HashSecret::ZERO;
        }
        let mut buf = [0u8; 16];
        let mut x = seed;
        for b in buf.iter_mut() {
            x = x.wrapping_mul(214_013).wrapping_add(2_531_011);
            *b = (x >> 16) as u8;
        }
        Self::from_bytes(&buf)
    }

    fn from_bytes(b: &[u8; 16]) -> HashSecret {
        HashSecret {
            k0: u64::from_le_bytes(b[..8].try_into().unwrap()),
            k1: u64::from_le_bytes(b[8..].try_into().unwrap()),
        }
    }

    /// A fresh random key (what CPython does when PYTHONHASHSEED is unset):
    /// from /dev/urandom, or from std's randomly keyed hasher where that
    /// file is unavailable.
    pub fn random() -> HashSecret {
        use std::io::Read;
        let mut buf = [0u8; 16];
        if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
            if f.read_exact(&mut buf).is_ok() {
                return Self::from_bytes(&buf);
            }
        }
        use std::hash::BuildHasher;
        let s = std::collections::hash_map::RandomState::new();
        let k0 = s.hash_one(std::process::id());
        HashSecret {
            k0,
            k1: s.hash_one(k0),
        }
    }

    /// Interprets a `PYTHONHASHSEED` value like CPython's
    /// `config_init_hash_seed`: `None`, empty or `"random"` -> random key;
    /// otherwise C `strtoul` base 10 (leading spaces and a sign allowed) that
    /// must consume the whole text and be <= 4294967295, else the error
    /// [`HASHSEED_ERROR`] (CPython aborts with "Fatal Python error: ...").
    pub fn from_seed_text(text: Option<&str>) -> Result<HashSecret, String> {
        let t = match text {
            None => return Ok(Self::random()),
            Some(t) if t.is_empty() || t == "random" => return Ok(Self::random()),
            Some(t) => t,
        };
        let err = || HASHSEED_ERROR.to_string();
        let s = t.trim_start_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
        let (neg, digits) = match s.as_bytes().first() {
            Some(b'-') => (true, &s[1..]),
            Some(b'+') => (false, &s[1..]),
            _ => (false, s),
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err());
        }
        let mut v: u64 = 0;
        for b in digits.bytes() {
            v = v
                .checked_mul(10)
                .and_then(|v| v.checked_add((b - b'0') as u64))
                .ok_or_else(err)?;
        }
        // strtoul negates in unsigned arithmetic: only "-0" stays in range.
        if neg && v != 0 {
            return Err(err());
        }
        if v > u32::MAX as u64 {
            return Err(err());
        }
        Ok(Self::from_seed(v as u32))
    }

    /// Reads `PYTHONHASHSEED` from the environment; see [`Self::from_seed_text`].
    pub fn from_env() -> Result<HashSecret, String> {
        let v = std::env::var_os("PYTHONHASHSEED");
        match v {
            None => Ok(Self::random()),
            Some(os) => match os.to_str() {
                Some(s) => Self::from_seed_text(Some(s)),
                None => Err(HASHSEED_ERROR.to_string()),
            },
        }
    }
}

/// `_Py_HashBytes`: SipHash-1-3 keyed by the secret; empty input hashes to 0.
pub fn hash_bytes(data: &[u8], secret: &HashSecret) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let mut h = SipHasher13::new_with_keys(secret.k0, secret.k1);
    h.write(data);
    fix(h.finish() as i64)
}

/// `hash(str)`: SipHash-1-3 over the PEP 393 representation — 1, 2 or 4
/// little-endian bytes per code point, the width chosen by the largest code
/// point (<= U+00FF, <= U+FFFF, above).
pub fn hash_str(s: &str, secret: &HashSecret) -> i64 {
    if s.is_empty() {
        return 0;
    }
    if s.is_ascii() {
        return hash_bytes(s.as_bytes(), secret);
    }
    hash_code_points(s.chars().map(|c| c as u32), secret)
}

/// `hash(str)` for a string given as code points (for string types that
/// can hold lone surrogates, which `&str` cannot). The iterator is walked
/// twice: once for the widest code point, once to hash.
pub fn hash_code_points(cps: impl Iterator<Item = u32> + Clone, secret: &HashSecret) -> i64 {
    let Some(max) = cps.clone().max() else {
        return 0;
    };
    let width = if max <= 0xff {
        1
    } else if max <= 0xffff {
        2
    } else {
        4
    };
    let mut h = SipHasher13::new_with_keys(secret.k0, secret.k1);
    // Feed through a small buffer: SipHasher's write is streaming, so the
    // result equals one call over the whole representation.
    let mut buf = [0u8; 256];
    let mut n = 0;
    for c in cps {
        if n + width > buf.len() {
            h.write(&buf[..n]);
            n = 0;
        }
        buf[n..n + width].copy_from_slice(&c.to_le_bytes()[..width]);
        n += width;
    }
    h.write(&buf[..n]);
    fix(h.finish() as i64)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// `hash(tuple)` (3.8+, xxHash-based) from the items' hashes; `len` is the
/// number of items (the iterator must yield exactly that many).
pub fn tuple_hash(items: impl Iterator<Item = i64>, len: usize) -> i64 {
    let mut acc = XXPRIME_5;
    for lane in items {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((len as u64) ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// `hash(slice)` (3.12): the tuple algorithm over (start, stop, step),
/// without the length term.
pub fn slice_hash(items: [i64; 3]) -> i64 {
    let mut acc = XXPRIME_5;
    for lane in items {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

#[inline]
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// `hash(frozenset)` from the elements' hashes (any order). CPython xors
/// over the whole table and cancels the empty/dummy slots afterwards; the
/// net effect is exactly this xor over the live elements.
pub fn frozenset_hash(items: impl Iterator<Item = i64>) -> i64 {
    let mut hash: u64 = 0;
    let mut n: u64 = 0;
    for h in items {
        hash ^= shuffle_bits(h as u64);
        n += 1;
    }
    hash ^= (n + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;
    use num_traits::{One, Pow};

    #[test]
    fn slice_hash_like_cpython_312() {
        // hash(slice(1, 2, 3)), hash(slice(0, -1, 1)) and hash((1, 2, 3)) in CPython 3.12.
        assert_eq!(slice_hash([1, 2, 3]), -2340833382717974474);
        assert_eq!(slice_hash([0, hash_i64(-1), 1]), 6280839301436250192);
        assert_eq!(tuple_hash([1, 2, 3].into_iter(), 3), 529344067295497451);
    }

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    // Expected values below were printed by CPython 3.12.1.
    #[test]
    fn ints() {
        assert_eq!(hash_i64(0), 0);
        assert_eq!(hash_i64(1), 1);
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(-2), -2);
        assert_eq!(hash_i64(2305843009213693951), 0);
        assert_eq!(hash_i64(2305843009213693952), 1);
        assert_eq!(hash_i64(-2305843009213693951), 0);
        assert_eq!(hash_i64(i64::MIN), -4);
        assert_eq!(hash_i64(i64::MAX), 3);
        let two = BigInt::from(2);
        assert_eq!(hash_bigint(&Pow::pow(&two, 100u32)), 549755813888);
        assert_eq!(hash_bigint(&-Pow::pow(&two, 64u32)), -8);
        assert_eq!(hash_bigint(&Pow::pow(&two, 63u32)), 4);
        assert_eq!(hash_bigint(&(Pow::pow(&two, 200u32) + 12345)), 143417);
        assert_eq!(hash_bigint(&-Pow::pow(&two, 300u32)), -72057594037927936);
        assert_eq!(hash_bigint(&-BigInt::one()), -2);
        assert_eq!(hash_bigint(&BigInt::from(0)), 0);
        // bigint and i64 agree.
        let mut x: i64 = 1;
        for _ in 0..200 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            assert_eq!(hash_bigint(&BigInt::from(x)), hash_i64(x), "{x}");
        }
        assert_eq!(hash_bigint(&big("-9223372036854775808")), -4);
    }

    #[test]
    fn floats() {
        assert_eq!(hash_f64(1.5), Some(1152921504606846977));
        assert_eq!(hash_f64(-0.5), Some(-1152921504606846976));
        assert_eq!(hash_f64(1e300), Some(1224995262755759164));
        assert_eq!(hash_f64(-1e300), Some(-1224995262755759164));
        assert_eq!(hash_f64(0.1), Some(230584300921369408));
        assert_eq!(hash_f64(1e-300), Some(482449582752280463));
        assert_eq!(hash_f64(5e-324), Some(16777216));
        assert_eq!(hash_f64(2f64.powi(70)), Some(512));
        assert_eq!(hash_f64(-(2f64.powi(80))), Some(-524288));
        assert_eq!(hash_f64(f64::INFINITY), Some(314159));
        assert_eq!(hash_f64(f64::NEG_INFINITY), Some(-314159));
        assert_eq!(hash_f64(f64::NAN), None);
        assert_eq!(hash_f64(0.0), Some(0));
        assert_eq!(hash_f64(-0.0), Some(0));
        assert_eq!(hash_f64(-1.0), Some(-2));
        // Integral floats hash like ints.
        for i in [-1000i64, -3, -1, 0, 1, 2, 7, 1 << 40, -(1 << 52), 1 << 53] {
            assert_eq!(hash_f64(i as f64), Some(hash_i64(i)), "{i}");
        }
        assert_eq!(hash_complex(1.0, 2.0, 0), 2000007);
        assert_eq!(hash_complex(1.5, -0.5, 0), -2305843009213693951);
        assert_eq!(hash_complex(0.0, 0.0, 0), 0);
    }

    #[test]
    fn frexp_matches_definition() {
        for v in [
            1.0,
            0.5,
            3.0,
            -7.25,
            1e-310,
            5e-324,
            f64::MAX,
            f64::MIN_POSITIVE,
        ] {
            let (m, e) = frexp(v);
            assert!((0.5..1.0).contains(&m.abs()), "{v} {m}");
            let back = if e < 0 {
                m * 2f64.powi(e + 100) * 2f64.powi(-100)
            } else {
                m * 2f64.powi(e - 1) * 2.0
            };
            assert_eq!(back, v);
        }
    }

    #[test]
    fn pointers() {
        assert_eq!(hash_pointer(0x1000), 0x100);
        assert_eq!(hash_pointer(0x1234_5678_9abc_def0), 0x0123_4567_89ab_cdef);
        assert_eq!(hash_pointer(0xf), -1152921504606846976);
    }

    #[test]
    fn strings_seed0() {
        let s = HashSecret::from_seed(0);
        assert_eq!(hash_str("a", &s), 4644417185603328019);
        assert_eq!(hash_str("hello world", &s), -5642461784034726774);
        assert_eq!(hash_str("é", &s), 6047309291227476195);
        assert_eq!(hash_str("日本", &s), 6243316497235261705);
        assert_eq!(hash_str("😀x", &s), -8926728262118538918);
        assert_eq!(hash_str("", &s), 0);
        assert_eq!(hash_str(&"ab".repeat(40), &s), 2311328864394385561);
        assert_eq!(hash_str("\x7f\u{ff}", &s), -4733469601019432921);
        assert_eq!(hash_str("\u{100}", &s), 75343234424780393);
        assert_eq!(hash_bytes(b"abc", &s), -4594863902769663758);
        assert_eq!(hash_bytes(b"", &s), 0);
        // Latin-1 str hashes as its 1-byte representation.
        assert_eq!(hash_str("é", &s), hash_bytes(&[0xe9], &s));
        // Long non-ASCII strings cross the internal buffer boundary.
        let long: String = "日本😀".repeat(100);
        let mut raw = Vec::new();
        for c in long.chars() {
            raw.extend_from_slice(&(c as u32).to_le_bytes());
        }
        assert_eq!(hash_str(&long, &s), hash_bytes(&raw, &s));
        // A lone surrogate (only representable as code points): '\ud800a'.
        assert_eq!(
            hash_code_points([0xd800u32, 0x61].into_iter(), &s),
            -4216950212714613154
        );
        assert_eq!(
            hash_code_points([0x61u32].into_iter(), &s),
            hash_str("a", &s)
        );
        assert_eq!(hash_code_points([].into_iter(), &s), 0);
    }

    #[test]
    fn strings_seeded() {
        let s = HashSecret::from_seed(12345);
        assert_eq!(hash_str("a", &s), -8961251314296359281);
        assert_eq!(hash_str("hello world", &s), 3184199782645080147);
        assert_eq!(hash_str("é", &s), 6247654839523334371);
        assert_eq!(hash_str("日本", &s), 7239199481113287272);
        assert_eq!(hash_str("😀x", &s), -5581016787913457232);
        assert_eq!(hash_str(&"ab".repeat(40), &s), 2600544130763084974);
        assert_eq!(hash_bytes(b"abc", &s), 2962436275791859092);
        let s = HashSecret::from_seed(4294967295);
        assert_eq!(hash_str("a", &s), -5989683813037840249);
        assert_eq!(hash_str("日本", &s), -709593969118139271);
        assert_eq!(hash_bytes(b"abc", &s), -6122489556238538401);
        let s = HashSecret::from_seed(1);
        assert_eq!(hash_str("hello world", &s), 4697380503286254714);
        assert_eq!(hash_str("Ā", &s), -4668527339490748059);
    }

    #[test]
    fn seed_text() {
        let a = |t: &str| HashSecret::from_seed_text(Some(t));
        assert_eq!(a("0"), Ok(HashSecret::ZERO));
        assert_eq!(a("12"), Ok(HashSecret::from_seed(12)));
        assert_eq!(a(" 12"), Ok(HashSecret::from_seed(12)));
        assert_eq!(a("+12"), Ok(HashSecret::from_seed(12)));
        assert_eq!(a("012"), Ok(HashSecret::from_seed(12)));
        assert_eq!(a("-0"), Ok(HashSecret::ZERO));
        assert_eq!(a("4294967295"), Ok(HashSecret::from_seed(u32::MAX)));
        for bad in [
            "abc",
            "4294967296",
            "-1",
            "12 ",
            " ",
            "1x",
            "99999999999999999999999",
        ] {
            assert!(a(bad).is_err(), "{bad:?}");
        }
        // Random keys differ between calls.
        assert_ne!(a("random").unwrap(), HashSecret::random());
        assert!(HashSecret::from_seed_text(None).is_ok());
        assert!(a("").is_ok());
    }

    #[test]
    fn tuples_and_frozensets() {
        let s = HashSecret::ZERO;
        assert_eq!(tuple_hash([].into_iter(), 0), 5740354900026072187);
        assert_eq!(tuple_hash([1].into_iter(), 1), -6644214454873602895);
        assert_eq!(tuple_hash([1, 2, 3].into_iter(), 3), 529344067295497451);
        let empty = tuple_hash([].into_iter(), 0);
        assert_eq!(tuple_hash([empty].into_iter(), 1), -5486347211504344842);
        let a = hash_str("a", &s);
        assert_eq!(tuple_hash([1, a].into_iter(), 2), 3906047847676358913);
        let inner = tuple_hash([2, 1].into_iter(), 2);
        let h15 = hash_f64(1.5).unwrap();
        assert_eq!(tuple_hash([h15, inner].into_iter(), 2), 7213441171246212792);
        let s1 = HashSecret::from_seed(12345);
        assert_eq!(
            tuple_hash([1, hash_str("a", &s1)].into_iter(), 2),
            -1431984317307222
        );

        assert_eq!(slice_hash([1, 2, 3]), -2340833382717974474);
        let big = hash_bigint(&"100000000000000000000".parse().unwrap());
        assert_eq!(slice_hash([-2, big, 7]), -3280678467585486956);

        assert_eq!(frozenset_hash([1, 2].into_iter()), -1826646154956904602);
        assert_eq!(frozenset_hash([2, 1].into_iter()), -1826646154956904602);
        assert_eq!(frozenset_hash([].into_iter()), 133146708735736);
        let e = frozenset_hash([].into_iter());
        assert_eq!(frozenset_hash([e].into_iter()), -6993584179861130285);
        assert_eq!(frozenset_hash(0..100), 4411996150312757951);
        let (ha, hb) = (hash_str("a", &s), hash_str("b", &s));
        assert_eq!(frozenset_hash([ha, hb].into_iter()), 1679668661828516449);
        let (ha, hb) = (hash_str("a", &s1), hash_str("b", &s1));
        assert_eq!(frozenset_hash([ha, hb].into_iter()), 3572792246966256460);
    }
}

/// `HashMap` hasher state for [`FastHasher`].
pub type FastBuildHasher = std::hash::BuildHasherDefault<FastHasher>;

/// A fast hash for the interpreter's private maps (the GC's address index,
/// the name interner): FxHash's multiply-rotate over 8-byte words. Not for
/// Python-visible hashing, and not resistant to chosen keys: the keys of
/// these maps are object addresses and names from the program's source.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl FastHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl std::hash::Hasher for FastHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(b as u64);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}
