<?xml version="1.0" encoding="UTF-8"?>
<!-- The parts every referral letter (MARAC, housing, advocacy) shares. Each part prints only what the referral
     released to the partner: a part the record does not hold is left out, never printed empty. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="common.xsl"/>

  <xsl:template name="letter-particulars">
    <xsl:param name="to"/>
    <xsl:call-template name="field"><xsl:with-param name="label">To</xsl:with-param><xsl:with-param name="value" select="$to"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">From</xsl:with-param><xsl:with-param name="value" select="policeForce"/></xsl:call-template>
    <xsl:call-template name="date-field"><xsl:with-param name="label">Sent on</xsl:with-param><xsl:with-param name="iso" select="sentOn"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Case reference</xsl:with-param><xsl:with-param name="value" select="caseReference"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Referral id</xsl:with-param><xsl:with-param name="value" select="referralId"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Referral for</xsl:with-param><xsl:with-param name="value" select="purpose"/></xsl:call-template>
    <xsl:call-template name="field">
      <xsl:with-param name="label">Basis for sharing</xsl:with-param>
      <xsl:with-param name="value">
        <xsl:choose>
          <xsl:when test="basis = 'CONSENT'">the victim's recorded consent to this referral</xsl:when>
          <xsl:when test="basis = 'MARAC_HIGH_RISK'">the MARAC information-sharing basis for a high-risk case (no consent needed; the basis is recorded)</xsl:when>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="letter-victim">
    <xsl:param name="title"/>
    <xsl:if test="victim/name or victim/dateOfBirth or victim/address">
      <xsl:call-template name="heading"><xsl:with-param name="text" select="$title"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="label">Name</xsl:with-param><xsl:with-param name="value" select="victim/name"/></xsl:call-template>
      <xsl:call-template name="date-field"><xsl:with-param name="label">Date of birth</xsl:with-param><xsl:with-param name="iso" select="victim/dateOfBirth"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="label">Current address</xsl:with-param><xsl:with-param name="value" select="victim/address"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="letter-safe-contact">
    <xsl:variable name="safe" select="victim/safeContact"/>
    <xsl:if test="$safe">
      <xsl:call-template name="heading"><xsl:with-param name="text">How to contact the victim safely</xsl:with-param></xsl:call-template>
      <xsl:call-template name="para"><xsl:with-param name="text">Use only this channel, at these times; the victim chose it as safe.</xsl:with-param></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="label">Method</xsl:with-param><xsl:with-param name="value" select="$safe/method"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="label">Number or address</xsl:with-param><xsl:with-param name="value" select="$safe/detail"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="label">Safe times</xsl:with-param><xsl:with-param name="value" select="$safe/safeTimes"/></xsl:call-template>
      <xsl:call-template name="yes-no"><xsl:with-param name="label">Safe to leave a voicemail</xsl:with-param><xsl:with-param name="value" select="$safe/voicemailSafe"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="letter-risk">
    <xsl:if test="risk or string(relationship)">
      <xsl:call-template name="heading"><xsl:with-param name="text">Risk</xsl:with-param></xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="label">Risk level</xsl:with-param>
        <xsl:with-param name="value"><xsl:choose><xsl:when test="string(risk/level)"><xsl:value-of select="risk/level"/></xsl:when><xsl:when test="risk">not yet assessed</xsl:when></xsl:choose></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="label">Classification</xsl:with-param><xsl:with-param name="value" select="risk/classification"/></xsl:call-template>
      <xsl:call-template name="yes-no"><xsl:with-param name="label">Immediate danger when reported</xsl:with-param><xsl:with-param name="value" select="risk/immediateDanger"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="label">Relationship of the suspect to the victim</xsl:with-param><xsl:with-param name="value" select="relationship"/></xsl:call-template>
      <xsl:if test="risk/screening/item">
        <fo:block space-before="4pt" space-after="2pt" font-weight="bold">Stalking screening questions</fo:block>
        <xsl:call-template name="list"><xsl:with-param name="items" select="risk/screening/item"/></xsl:call-template>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <xsl:template name="letter-incidents">
    <xsl:if test="incidents/item">
      <xsl:call-template name="heading"><xsl:with-param name="text">Incidents reported</xsl:with-param></xsl:call-template>
      <fo:list-block provisional-distance-between-starts="8mm" provisional-label-separation="2mm" space-after="4pt">
        <xsl:for-each select="incidents/item">
          <fo:list-item space-after="2pt">
            <fo:list-item-label end-indent="label-end()"><fo:block><xsl:value-of select="concat(position(), '.')"/></fo:block></fo:list-item-label>
            <fo:list-item-body start-indent="body-start()">
              <fo:block>
                <xsl:value-of select="behaviour"/>
                <xsl:if test="string(occurredOn)"><xsl:text> on </xsl:text><xsl:call-template name="date"><xsl:with-param name="iso" select="occurredOn"/></xsl:call-template></xsl:if>
              </fo:block>
            </fo:list-item-body>
          </fo:list-item>
        </xsl:for-each>
      </fo:list-block>
    </xsl:if>
  </xsl:template>

  <xsl:template name="letter-suspect">
    <xsl:param name="title"/>
    <xsl:if test="suspect">
      <xsl:call-template name="heading"><xsl:with-param name="text" select="$title"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="label">Name</xsl:with-param><xsl:with-param name="value" select="suspect/name"/></xsl:call-template>
      <xsl:call-template name="date-field"><xsl:with-param name="label">Date of birth</xsl:with-param><xsl:with-param name="iso" select="suspect/dateOfBirth"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="label">Description</xsl:with-param><xsl:with-param name="value" select="suspect/description"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="label">Address</xsl:with-param><xsl:with-param name="value" select="suspect/address"/></xsl:call-template>
      <xsl:if test="suspect/onlineAccounts/item">
        <fo:block space-before="4pt" space-after="2pt" font-weight="bold">Online accounts</fo:block>
        <xsl:call-template name="list"><xsl:with-param name="items" select="suspect/onlineAccounts/item"/></xsl:call-template>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <xsl:template name="letter-breach">
    <xsl:if test="breach">
      <xsl:call-template name="heading"><xsl:with-param name="text">The breach</xsl:with-param></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="label">When it happened (UK time)</xsl:with-param><xsl:with-param name="value" select="breach/occurredAt"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="label">Reported by</xsl:with-param><xsl:with-param name="value" select="breach/reportedBy"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="letter-answer">
    <xsl:call-template name="heading"><xsl:with-param name="text">Your answer</xsl:with-param></xsl:call-template>
    <xsl:call-template name="para">
      <xsl:with-param name="text" select="concat('Please answer through the partner contract (REFERRAL_ANSWERED), quoting case reference ', caseReference, ' and referral id ', referralId, '. This letter states only what ', policeForce, ' may share with you for this referral; keep it as securely as the data it holds.')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="yes-no">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:call-template name="field">
      <xsl:with-param name="label" select="$label"/>
      <xsl:with-param name="value"><xsl:choose><xsl:when test="$value = 'true'">yes</xsl:when><xsl:when test="$value = 'false'">no</xsl:when></xsl:choose></xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
