// Generates srp-vectors.json: what AWS's own JavaScript client (amazon-cognito-identity-js, pinned in package.json)
// sends for fixed inputs. Cognito Kit's SRP tests check our Java math against these values, so the reference is an
// independent implementation, not our own code. Run: npm ci && node generate-vectors.js > srp-vectors.json
//
// The library is driven through its public CognitoUser API; only three things are pinned so that runs repeat:
// the random "a" (AuthenticationHelper.generateRandomSmallA), the clock (Date) and the network (client.request,
// answered with the challenge parameters below). Inputs come from SHA-256 of a counter, not from Math.random.
'use strict';
const crypto = require('crypto');
const lib = require('amazon-cognito-identity-js');
const Helper = require('amazon-cognito-identity-js/lib/AuthenticationHelper').default;
const BigInteger = require('amazon-cognito-identity-js/lib/BigInteger').default;

const N = new BigInteger('FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A0879'
  + '8E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB'
  + '5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356'
  + '208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF0'
  + '6F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB8504'
  + '58DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D8760273'
  + '3EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFF'
  + 'FFFFFFFF', 16);

let counter = 0;
function bytes(n) {
  let out = Buffer.alloc(0);
  while (out.length < n) {
    out = Buffer.concat([out, crypto.createHash('sha256').update('cognito-kit-srp-' + (counter++)).digest()]);
  }
  return out.subarray(0, n);
}
function hex(n) { return bytes(n).toString('hex'); }

const RealDate = Date;
function pinClock(iso) {
  const fixed = new RealDate(iso).getTime();
  global.Date = class extends RealDate {
    constructor(...args) { if (args.length === 0) { super(fixed); } else { super(...args); } }
    static now() { return fixed; }
  };
}
function unpinClock() { global.Date = RealDate; }

function pinSmallA(aHex) {
  Helper.prototype.generateRandomSmallA = function () { return new BigInteger(aHex, 16); };
}

// One user sign-in (USER_SRP_AUTH then PASSWORD_VERIFIER) as the library runs it.
function userVector(c) {
  pinSmallA(c.smallA);
  pinClock(c.now);
  const pool = new lib.CognitoUserPool({ UserPoolId: c.poolId, ClientId: 'client1example23456789' });
  const user = new lib.CognitoUser({ Username: c.username, Pool: pool });
  const sent = {};
  pool.client.request = (op, params, cb) => {
    if (op === 'InitiateAuth') {
      sent.initiate = params.AuthParameters;
      cb(null, { ChallengeName: 'PASSWORD_VERIFIER', Session: 'session-1', ChallengeParameters: {
        SALT: c.salt, SRP_B: c.srpB, SECRET_BLOCK: c.secretBlock, USER_ID_FOR_SRP: c.userIdForSrp,
        USERNAME: c.userIdForSrp } });
    } else if (op === 'RespondToAuthChallenge') {
      sent.respond = params.ChallengeResponses;
      cb({ code: 'Stop', message: 'vector captured' }, null);
    }
  };
  user.authenticateUser(new lib.AuthenticationDetails({ Username: c.username, Password: c.password }),
    { onFailure: () => {}, onSuccess: () => {} });
  unpinClock();
  // The intermediate values, from the same helper, so that a failing test can say which step differs.
  const helper = new Helper(c.poolId.split('_')[1]);
  helper.smallAValue = new BigInteger(c.smallA, 16);
  helper.largeAValue = null;
  let hkdf;
  helper.getLargeAValue(() => {});
  helper.getPasswordAuthenticationKey(c.userIdForSrp, c.password, new BigInteger(c.srpB, 16),
    new BigInteger(c.salt, 16), (err, key) => { if (err) { throw err; } hkdf = Buffer.from(key).toString('hex'); });
  return Object.assign({}, c, {
    expected: {
      SRP_A: sent.initiate.SRP_A,
      USERNAME: sent.respond.USERNAME,
      TIMESTAMP: sent.respond.TIMESTAMP,
      PASSWORD_CLAIM_SECRET_BLOCK: sent.respond.PASSWORD_CLAIM_SECRET_BLOCK,
      PASSWORD_CLAIM_SIGNATURE: sent.respond.PASSWORD_CLAIM_SIGNATURE,
      k: helper.k.toString(16),
      u: helper.UValue.toString(16),
      hkdf,
    },
  });
}

// ConfirmDevice's verifier: the library draws the password and salt itself; we record what it drew.
function deviceVerifierVector(groupKey, deviceKey) {
  const helper = new Helper('unused');
  let out;
  helper.generateHashDevice(groupKey, deviceKey, (err) => {
    if (err) { throw err; }
    out = { deviceGroupKey: groupKey, deviceKey, randomPassword: helper.getRandomPassword(),
      salt: helper.getSaltDevices(), verifier: helper.getVerifierDevices() };
  });
  return out;
}

// A remembered device's sign-in step (DEVICE_SRP_AUTH then DEVICE_PASSWORD_VERIFIER).
function deviceAuthVector(c) {
  pinSmallA(c.smallA);
  pinClock(c.now);
  const pool = new lib.CognitoUserPool({ UserPoolId: c.poolId, ClientId: 'client1example23456789' });
  const user = new lib.CognitoUser({ Username: c.userIdForSrp, Pool: pool });
  user.deviceKey = c.deviceKey;
  user.deviceGroupKey = c.deviceGroupKey;
  user.randomPassword = c.randomPassword;
  user.Session = 'session-2';
  const sent = {};
  pool.client.request = (op, params, cb) => {
    if (params.ChallengeName === 'DEVICE_SRP_AUTH') {
      sent.start = params.ChallengeResponses;
      cb(null, { ChallengeName: 'DEVICE_PASSWORD_VERIFIER', Session: 'session-3', ChallengeParameters: {
        SALT: c.salt, SRP_B: c.srpB, SECRET_BLOCK: c.secretBlock, USERNAME: c.userIdForSrp } });
    } else {
      sent.respond = params.ChallengeResponses;
      cb({ code: 'Stop', message: 'vector captured' }, null);
    }
  };
  user.getDeviceResponse({ onFailure: () => {}, onSuccess: () => {} });
  unpinClock();
  return Object.assign({}, c, { expected: {
    SRP_A: sent.start.SRP_A,
    TIMESTAMP: sent.respond.TIMESTAMP,
    PASSWORD_CLAIM_SIGNATURE: sent.respond.PASSWORD_CLAIM_SIGNATURE,
  } });
}

function randomB(highBit) {
  for (;;) {
    const b = new BigInteger(hex(384), 16).mod(N);
    const top = b.toString(16);
    if (b.compareTo(BigInteger.ZERO) > 0 && (top.length === 768 && /^[89a-f]/.test(top)) === highBit) { return b.toString(16); }
  }
}

const dates = ['2026-03-01T09:05:07Z', '2026-11-30T23:59:59Z', '2024-02-29T00:00:00Z', '2026-07-14T12:30:45Z'];
const names = [
  ['us-east-1_AbCdEf123', '0d6a1e1c-8f7b-4b5e-9c3f-2a1b3c4d5e6f', 'alice@example.com', 'Correct-Horse-9'],
  ['eu-west-1_Zy9XwVu', 'bob', 'bob', 'pässwörd-ÜÖ-✓'],
  ['ap-southeast-2_Q1w2E3r4T', '7c9e6679-7425-40de-944b-e07fc1f90ae7', '+61400000000', ' spaces and :colons: '],
  ['us-west-2_x', 'a', 'a', 'p'],
];
const user = [];
for (let i = 0; i < 12; i++) {
  const [poolId, userIdForSrp, username, password] = names[i % names.length];
  let salt = hex(16);
  if (i % 3 === 0) { salt = '8' + salt.substring(1); }      // top bit set: the encoding needs a leading zero byte
  if (i % 3 === 1) { salt = '00' + salt.substring(2); }     // leading zero byte: BigInteger drops it
  if (i % 3 === 2) { salt = '3' + salt.substring(1); }
  user.push(userVector({ poolId, username, userIdForSrp, password, smallA: hex(128), salt,
    srpB: randomB(i % 2 === 0), secretBlock: bytes(64 + i).toString('base64'), now: dates[i % dates.length] }));
}
const verifiers = [];
for (let i = 0; i < 4; i++) {
  verifiers.push(deviceVerifierVector('-' + hex(4), 'us-east-1_' + hex(16)));
}
const devices = verifiers.slice(0, 2).map((v, i) => deviceAuthVector({
  poolId: 'us-east-1_AbCdEf123', userIdForSrp: 'carol', deviceKey: v.deviceKey, deviceGroupKey: v.deviceGroupKey,
  randomPassword: v.randomPassword, smallA: hex(128), salt: v.salt, srpB: randomB(i === 0),
  secretBlock: bytes(80).toString('base64'), now: dates[i] }));

process.stdout.write(JSON.stringify({
  source: 'amazon-cognito-identity-js ' + require('amazon-cognito-identity-js/package.json').version
    + ' via generate-vectors.js',
  user, deviceVerifiers: verifiers, deviceAuth: devices,
}, null, 2) + '\n');
