/**
 * The recommended suite as each cloud's API spells it: the literal values the crypto, wizard and
 * plan tests expect (the code computes them from RECOMMENDED_SUITE; the tests must not).
 */
export const TENCENT_RECOMMENDED = {
  IKEOptionsSpecification: {
    IKEVersion: "IKEV2",
    ExchangeMode: "MAIN",
    PropoEncryAlgorithm: "AES-CBC-256",
    PropoAuthenAlgorithm: "SHA-256",
    DhGroupName: "GROUP14",
    IKESaLifetimeSeconds: 86400,
  },
  IPSECOptionsSpecification: {
    EncryptAlgorithm: "AES-CBC-256",
    IntegrityAlgorith: "SHA-256",
    PfsDhGroup: "DH-GROUP14",
    IPSECSaLifetimeSeconds: 3600,
  },
};

export const ALIBABA_RECOMMENDED_IKE = {
  IkeVersion: "ikev2",
  IkeMode: "main",
  IkeEncAlg: "aes256",
  IkeAuthAlg: "sha256",
  IkePfs: "group14",
  IkeLifetime: 86400,
};

export const ALIBABA_RECOMMENDED_IPSEC = {
  IpsecEncAlg: "aes256",
  IpsecAuthAlg: "sha256",
  IpsecPfs: "group14",
  IpsecLifetime: 3600,
};
