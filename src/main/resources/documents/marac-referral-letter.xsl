<?xml version="1.0" encoding="UTF-8"?>
<!-- A referral of a high-risk case to the Multi-Agency Risk Assessment Conference: the risk picture, the victim's safe
     contact and the suspect as far as the MARAC allow-list releases them. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="referral-letter.xsl"/>

  <xsl:template match="/referralLetter">
    <xsl:call-template name="document">
      <xsl:with-param name="title">Referral to MARAC</xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/referralLetter" mode="body">
    <xsl:call-template name="para"><xsl:with-param name="text">We refer this case to the Multi-Agency Risk Assessment Conference: the police assess the victim as at high risk of serious harm.</xsl:with-param></xsl:call-template>
    <xsl:call-template name="letter-particulars"><xsl:with-param name="to">The MARAC coordinator</xsl:with-param></xsl:call-template>
    <xsl:call-template name="letter-victim"><xsl:with-param name="title">The victim</xsl:with-param></xsl:call-template>
    <xsl:call-template name="letter-safe-contact"/>
    <xsl:call-template name="letter-risk"/>
    <xsl:call-template name="letter-incidents"/>
    <xsl:call-template name="letter-suspect"><xsl:with-param name="title">The suspect</xsl:with-param></xsl:call-template>
    <xsl:call-template name="letter-breach"/>
    <xsl:call-template name="letter-answer"/>
  </xsl:template>
</xsl:stylesheet>
