<?xml version="1.0" encoding="UTF-8"?>
<!-- A referral to the housing options team, with the victim's consent: what the team needs to move the victim to
     safety, and the suspect's name and address so that the victim is not placed near them. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="referral-letter.xsl"/>

  <xsl:template match="/referralLetter">
    <xsl:call-template name="document">
      <xsl:with-param name="title">Referral to the housing service</xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/referralLetter" mode="body">
    <xsl:call-template name="para"><xsl:with-param name="text">The victim of a stalking or harassment case has agreed to this referral for help with safe housing. Do not place them near the suspect's address below.</xsl:with-param></xsl:call-template>
    <xsl:call-template name="letter-particulars"><xsl:with-param name="to">The housing options team</xsl:with-param></xsl:call-template>
    <xsl:call-template name="letter-victim"><xsl:with-param name="title">The person to be housed</xsl:with-param></xsl:call-template>
    <xsl:call-template name="letter-safe-contact"/>
    <xsl:call-template name="letter-risk"/>
    <xsl:call-template name="letter-suspect"><xsl:with-param name="title">The suspect (keep the victim away from)</xsl:with-param></xsl:call-template>
    <xsl:call-template name="letter-answer"/>
  </xsl:template>
</xsl:stylesheet>
