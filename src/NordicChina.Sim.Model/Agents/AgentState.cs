using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Agents;

/// <summary>
/// Writes agents to a checkpoint and reads them back, field by field in a fixed order, so a restored agent is
/// bit-for-bit the one saved (doubles are written as their exact bits). A test round-trips every property of
/// every agent type, so a field added to an agent but not here fails the build's tests.
/// </summary>
public static class AgentState
{
    /// <summary>Bumped whenever the layout below changes; a checkpoint of another version is refused.</summary>
    public const int Version = 2;

    public static void Write(BinaryWriter w, Firm f)
    {
        w.Write(f.Id); w.Write(f.Region); w.Write(f.Sector); w.Write((int)f.Kind);
        w.Write(f.Revenue); w.Write(f.HighSkill); w.Write(f.LowSkill); w.Write(f.GrowthPremium);
        w.Write(f.Alive); w.Write(f.ChineseOwned); w.Write(f.OwnerId); w.Write(f.Relocated); w.Write(f.BornTick);
        w.Write(f.DomainNiche); w.Write(f.Adaptability); w.Write(f.IndustrialData); w.Write(f.ConsumerData);
        w.Write(f.AiAdopted); w.Write((int)f.ChinaStage); w.Write(f.PartnerYears); w.Write(f.PartnerYearsNeeded); w.Write(f.ChinaRevenue);
    }

    public static Firm ReadFirm(BinaryReader r) => new()
    {
        Id = r.ReadInt64(), Region = r.ReadInt32(), Sector = r.ReadInt32(), Kind = (FirmKind)r.ReadInt32(),
        Revenue = r.ReadDouble(), HighSkill = r.ReadInt64(), LowSkill = r.ReadInt64(), GrowthPremium = r.ReadDouble(),
        Alive = r.ReadBoolean(), ChineseOwned = r.ReadBoolean(), OwnerId = r.ReadInt64(), Relocated = r.ReadBoolean(), BornTick = r.ReadInt32(),
        DomainNiche = r.ReadDouble(), Adaptability = r.ReadDouble(), IndustrialData = r.ReadDouble(), ConsumerData = r.ReadDouble(),
        AiAdopted = r.ReadBoolean(), ChinaStage = (ChinaEntryStage)r.ReadInt32(), PartnerYears = r.ReadDouble(), PartnerYearsNeeded = r.ReadDouble(), ChinaRevenue = r.ReadDouble(),
    };

    public static void Write(BinaryWriter w, RdCentre c)
    {
        w.Write(c.Id); w.Write(c.ParentId); w.Write(c.ParentRegion); w.Write(c.HostRegion); w.Write(c.Sector);
        w.Write(c.PlannedStaff); w.Write(c.OpenedTick); w.Write(c.Staff); w.Write(c.Open);
    }

    public static RdCentre ReadCentre(BinaryReader r) => new()
    {
        Id = r.ReadInt64(), ParentId = r.ReadInt64(), ParentRegion = r.ReadInt32(), HostRegion = r.ReadInt32(), Sector = r.ReadInt32(),
        PlannedStaff = r.ReadInt64(), OpenedTick = r.ReadInt32(), Staff = r.ReadInt64(), Open = r.ReadBoolean(),
    };

    public static void Write(BinaryWriter w, TalentPool p)
    {
        w.Write(p.Available); w.Write(p.EmployedOther); w.Write(p.PhdStock); w.Write(p.WageHigh); w.Write(p.WageLow);
    }

    /// <summary>Reads a talent pool into <paramref name="into"/> (a region grain owns one pool for its lifetime).</summary>
    public static void ReadPool(BinaryReader r, TalentPool into)
    {
        into.Available = r.ReadInt64(); into.EmployedOther = r.ReadInt64(); into.PhdStock = r.ReadDouble();
        into.WageHigh = r.ReadDouble(); into.WageLow = r.ReadDouble();
    }

    public static void Write(BinaryWriter w, VentureFund f)
    {
        w.Write(f.Id); w.Write(f.Chinese); w.Write(f.HomeRegion); w.Write(f.Committed); w.Write(f.Invested);
        w.Write(f.Vintage); w.Write(f.Generation); w.Write(f.Failed); w.Write(f.Active); w.Write(f.Guiding);
        w.Write(f.Holdings.Count);
        foreach (var h in f.Holdings) { w.Write(h.Region); w.Write(h.FirmId); w.Write(h.Invested); }
    }

    public static VentureFund ReadFund(BinaryReader r)
    {
        var f = new VentureFund
        {
            Id = r.ReadInt64(), Chinese = r.ReadBoolean(), HomeRegion = r.ReadInt32(), Committed = r.ReadDouble(), Invested = r.ReadDouble(),
            Vintage = r.ReadDouble(), Generation = r.ReadInt32(), Failed = r.ReadBoolean(), Active = r.ReadBoolean(), Guiding = r.ReadBoolean(),
        };
        int holdings = r.ReadInt32();
        for (int i = 0; i < holdings; i++)
            f.Holdings.Add(new Holding { Region = r.ReadInt32(), FirmId = r.ReadInt64(), Invested = r.ReadDouble() });
        return f;
    }

    /// <summary>Writes the format version; every state blob starts with it.</summary>
    public static void WriteHeader(BinaryWriter w) => w.Write(Version);

    /// <summary>Reads and checks the format version.</summary>
    public static void ReadHeader(BinaryReader r)
    {
        int version = r.ReadInt32();
        if (version != Version)
            throw new InvalidDataException($"checkpoint state has layout version {version}; this program reads version {Version}");
    }
}
